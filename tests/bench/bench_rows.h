#pragma once

#include "bench_support.h"

#include <cstddef>
#include <vector>

namespace portolan::bench {

enum class View { Flat, Process };

// Each adds its rows to the table; see the file of the same name for what and against which baseline.
void snapshotRows(std::vector<Row>& rows, int sockets);
void guiRows(std::vector<Row>& rows, View view, std::size_t size, double churn, int ticks, bool withBaseline);
void scrollRows(std::vector<Row>& rows, std::size_t size, bool withBaseline);
void memoryRows(std::vector<Row>& rows, int sockets);
void idleRows(std::vector<Row>& rows, int sockets);

} // namespace portolan::bench

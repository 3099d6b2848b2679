// Readable in dark and Windows high-contrast themes (issue #13, item 5): every tinted row carries its own text
// colour with at least WCAG 2's 4.5:1 contrast against its tint, in both views, and critical findings are drawn in
// a colour that keeps 4.5:1 against the list's base in a light, a dark and a high-contrast palette. Then a real
// view is painted under a high-contrast palette and the pixels of a tinted row are read back.

#include "conflict_panel.h"
#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "endpoint_table_view.h"
#include "process_tree_model.h"
#include "qt_test_support.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QStyle>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace portolan;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor& color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette highContrastPalette() // Windows' "High Contrast Black"
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p = highContrastPalette();
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xdc, 0xdc, 0xdc));
    return p;
}

Endpoint listener(std::uint16_t port)
{
    return test::tcpListener(port, 80);
}

std::shared_ptr<const Snapshot> listeners(std::initializer_list<std::uint16_t> ports)
{
    auto s = std::make_shared<Snapshot>();
    auto p = std::make_shared<ProcessInfo>();
    p->pid = 80;
    p->name = "nginx";
    s->processes[80] = p;
    for (auto port : ports)
        s->endpoints.push_back(listener(port));
    return s;
}

// Every index of `model` whose background is set: its text colour is set too, and readable on it.
int expectReadableTints(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    int tinted = 0;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c) {
            const QModelIndex index = model.index(r, c, parent);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (!background.isValid())
                continue;
            ++tinted;
            const QVariant foreground = index.data(Qt::ForegroundRole);
            EXPECT_TRUE(foreground.isValid()) << "row " << r << " column " << c << " has a tint but no text colour";
            if (foreground.isValid())
                EXPECT_GE(contrast(foreground.value<QColor>(), background.value<QColor>()), 4.5)
                    << "row " << r << " column " << c;
        }
        tinted += expectReadableTints(model, model.index(r, 0, parent));
    }
    return tinted;
}

} // namespace

TEST(Contrast, TintedRowsCarryAReadableTextColourInBothViews)
{
    auto rows = std::make_shared<RowStore>();
    EndpointTableModel table(rows);
    ProcessTreeModel tree(rows);
    auto tableTester = test::attachModelTester(&table);
    auto treeTester = test::attachModelTester(&tree);
    TableTracker tracker;
    auto apply = [&](std::shared_ptr<const Snapshot> snapshot, std::int64_t ms) {
        const auto update = tracker.update(std::move(snapshot), ms);
        rows->apply(update);
        table.applyUpdate(update);
        tree.applyUpdate(update);
    };
    apply(listeners({ 80, 443, 8080 }), 1000);
    apply(listeners({ 80, 443, 8443 }), 2000); // 8443 new (green), 8080 closing (red)
    std::unordered_set<EndpointKey, EndpointKeyHash> conflict { EndpointKey::of(listener(443)) };
    table.setConflictKeys(conflict);
    tree.setConflictKeys(conflict);
    // New, closing and conflict rows: three tinted rows of every column in the table.
    EXPECT_EQ(expectReadableTints(table), 3 * EndpointTableModel::ColumnCount);
    EXPECT_GE(expectReadableTints(tree), 3);
    // Untinted rows leave the palette's text colour alone (a high-contrast theme's white on its black).
    for (int r = 0; r < table.rowCount(); ++r)
        if (!table.index(r, 0).data(Qt::BackgroundRole).isValid())
            EXPECT_FALSE(table.index(r, 0).data(Qt::ForegroundRole).isValid()) << r;
    EXPECT_MODEL_TESTER_CLEAN();
}

TEST(Contrast, CriticalFindingsAreReadableOnLightDarkAndHighContrastBases)
{
    for (const QPalette& palette : { QApplication::style()->standardPalette(), darkPalette(), highContrastPalette() }) {
        const QColor text = ConflictPanel::criticalTextColor(palette);
        EXPECT_GE(contrast(text, palette.color(QPalette::Base)), 4.5)
            << text.name().toStdString() << " on " << palette.color(QPalette::Base).name().toStdString();
    }
}

TEST(Contrast, AConflictRowPaintedUnderAHighContrastPaletteKeepsDarkTextOnItsTint)
{
    // The application palette is back for the next tests whatever happens here (an ASSERT returns early).
    struct RestorePalette
    {
        QPalette before = QApplication::palette();
        ~RestorePalette() { QApplication::setPalette(before); }
    } restore;
    QApplication::setPalette(highContrastPalette());
    {
        EndpointTableModel model;
        auto tester = test::attachModelTester(&model);
        EndpointTableView view;
        view.setModel(&model);
        TableTracker tracker;
        model.applyUpdate(tracker.update(listeners({ 443 }), 1000));
        model.setConflictKeys({ EndpointKey::of(listener(443)) });
        view.resize(800, 200);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        const QRect cell = view.visualRect(model.index(0, EndpointTableModel::ProcessColumn));
        const QImage image = view.viewport()->grab(cell).toImage();
        // The tint fills most of the cell (the style blends it a little: #ffd980 paints as #f9dc8f with Fusion);
        // the darkest pixels are the text, which must be dark, not the palette's white.
        const QColor tint = model.index(0, 0).data(Qt::BackgroundRole).value<QColor>();
        std::map<QRgb, int> counts;
        double darkest = 1.0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                ++counts[image.pixel(x, y)];
                darkest = std::min(darkest, luminance(image.pixelColor(x, y)));
            }
        const auto painted = QColor::fromRgb(std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) {
            return a.second < b.second;
        })->first);
        auto near = [](int a, int b) { return std::abs(a - b) <= 24; };
        EXPECT_TRUE(
            near(painted.red(), tint.red()) && near(painted.green(), tint.green()) && near(painted.blue(), tint.blue()))
            << "the row is not tinted: " << painted.name().toStdString() << " vs " << tint.name().toStdString();
        EXPECT_GE((luminance(painted) + 0.05) / (darkest + 0.05), 4.5) << "the text on the tint is too light";
        EXPECT_MODEL_TESTER_CLEAN();
    }
}

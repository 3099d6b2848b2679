// libFuzzer target: a recorded session (File > Open of a .portolan-rec from another machine). RecordingReader
// reads a path, so each input is written to one file in /dev/shm (memory, rewritten per input).
#include "core/recording.h"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = "/dev/shm/portolan-fuzz-recording-" + std::to_string(::getpid());
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    portolan::RecordingReader reader;
    std::string error;
    if (!reader.open(path, error))
        return 0;
    std::size_t frames = 0;
    while (reader.next() && ++frames < 100000) { }
    return 0;
}

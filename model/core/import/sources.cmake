# Capture importers (Qt-free; built into portolan_core, also for the mingw-w64 cross build).
target_sources(portolan_core PRIVATE
    core/import/capture_import.cpp
    core/import/code_pages.cpp
    core/import/console_text.cpp
    core/import/endpoint_text.cpp
    core/import/format_detector.cpp
    core/import/import_context.cpp
    core/import/json_parsers.cpp
    core/import/localized_netstat.cpp
    core/import/mojibake.cpp
    core/import/netstat_linux_parser.cpp
    core/import/netstat_windows_parser.cpp
    core/import/parse_common.cpp
    core/import/portolan_csv_parser.cpp
    core/import/powershell_common.cpp
    core/import/powershell_csv_parser.cpp
    core/import/powershell_table_parser.cpp
    core/import/proc_net_import.cpp
    core/import/service_ports.cpp
    core/import/ss_parser.cpp
    core/import/tcpview_parser.cpp
    core/import/text_decoder.cpp
)

# Fails if code in core/ or app/ writes a file other than through writeFileAtomically (core/output_file.h),
# so that a crash or a full disk can never leave a half-written profile, export, report or settings file.
# A line that must write directly (a library that only writes to a path, into a temporary folder) carries
# "atomic-write-ok: <reason>" on the line itself or the line before; QBuffers named "...buffer" are skipped.
# QSettings needs nothing: Qt writes settings files through QSaveFile.
include(${CMAKE_CURRENT_LIST_DIR}/scan_source_lines.cmake)
# output_file.cpp is the atomic writer itself (QSaveFile, and direct writes to devices and pipes).
scan_source_lines(problems
  PATTERN "Q(IODevice|File|SaveFile)::(WriteOnly|ReadWrite|Append)|std::o?fstream|[^a-z_]fopen[ (]|workbook_new[ (]|QPdfWriter[ \t]*[A-Za-z_]*[ \t]*[({][ \t]*[A-Za-z_\"]"
  MARKER "atomic-write-ok:"
  EXCLUDE "/core/output_file\\.cpp$")
if(problems)
  message(FATAL_ERROR "Files written directly instead of through writeFileAtomically (core/output_file.h);"
                      " if the write is not a saved file, mark it with a comment \"atomic-write-ok: <reason>\":${problems}")
endif()
message(STATUS "every file write in ${SOURCE_DIRS} goes through writeFileAtomically\n")

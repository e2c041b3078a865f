# Fails if code in core/ or app/ reads a file other than through readInputFile (core/file_access.h), which opens
# non-blocking, reads only regular files (decided on the opened descriptor) and bounds the read, so no file a
# user names can block the program or exhaust its memory. A line that reads something else (a resource compiled
# into the program, the process's own /proc entry) carries "read-ok: <reason>" on the line or the line before.
include(${CMAKE_CURRENT_LIST_DIR}/scan_source_lines.cmake)
scan_source_lines(problems
  PATTERN "Q(IODevice|File)::ReadOnly|std::ifstream|[^a-z_]fopen[ (]|QFile::readAll|[^a-z_]readFile[ (]"
  MARKER "read-ok:"
  EXCLUDE "/core/file_access\\.cpp$")
if(problems)
  message(FATAL_ERROR "Files read directly instead of through readInputFile (core/file_access.h); if the read is"
                      " not of a file a user names, mark it with a comment \"read-ok: <reason>\":${problems}")
endif()
message(STATUS "every file read in ${SOURCE_DIRS} goes through readInputFile\n")

# Fails if code in core/ or app/ reads a file other than through readInputFile (core/file_access.h), which opens
# non-blocking, reads only regular files (decided on the opened descriptor) and bounds the read, so no file a
# user names can block the program or exhaust its memory. A line that reads something else (a resource compiled
# into the program, the process's own /proc entry) carries "read-ok: <reason>" on the line or the line before.
set(pattern "Q(IODevice|File)::ReadOnly|std::ifstream|[^a-z_]fopen[ (]|QFile::readAll|[^a-z_]readFile[ (]")
set(problems "")
foreach(dir IN LISTS SOURCE_DIRS)
  file(GLOB_RECURSE sources "${dir}/*.h" "${dir}/*.cpp")
  list(FILTER sources EXCLUDE REGEX "/core/file_access\\.cpp$")
  foreach(source IN LISTS sources)
    file(READ "${source}" content)
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "[" "<open>" content "${content}")
    string(REPLACE "]" "<close>" content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    set(previous "")
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      # In-memory QBuffers (named "...buffer...") are not files.
      if(line MATCHES "${pattern}" AND NOT line MATCHES "[Bb]uffer[A-Za-z_]*(\\.|->)open[ ]*\\("
         AND NOT line MATCHES "read-ok:" AND NOT previous MATCHES "read-ok:")
        string(STRIP "${line}" shown)
        string(REPLACE "<semicolon>" ";" shown "${shown}")
        string(REPLACE "<open>" "[" shown "${shown}")
        string(REPLACE "<close>" "]" shown "${shown}")
        string(APPEND problems "\n  ${source}:${number}: ${shown}")
      endif()
      set(previous "${line}")
    endforeach()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "Files read directly instead of through readInputFile (core/file_access.h); if the read is"
                      " not of a file a user names, mark it with a comment \"read-ok: <reason>\":${problems}")
endif()
message(STATUS "every file read in ${SOURCE_DIRS} goes through readInputFile\n")

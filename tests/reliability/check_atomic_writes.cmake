# Fails if code in core/ or app/ writes a file other than through writeFileAtomically (core/output_file.h),
# so that a crash or a full disk can never leave a half-written profile, export, report or settings file.
# A line that must write directly (a library that only writes to a path, into a temporary folder) carries
# "atomic-write-ok: <reason>" on the line itself or the line before; QBuffers named "...buffer" are skipped.
# QSettings needs nothing: Qt writes settings files through QSaveFile.
set(pattern "Q(IODevice|File|SaveFile)::(WriteOnly|ReadWrite|Append)|std::o?fstream|[^a-z_]fopen[ (]|workbook_new[ (]|QPdfWriter[ \t]*[A-Za-z_]*[ \t]*[({][ \t]*[A-Za-z_\"]")
set(problems "")
foreach(dir IN LISTS SOURCE_DIRS)
  file(GLOB_RECURSE sources "${dir}/*.h" "${dir}/*.cpp")
  # output_file.cpp is the atomic writer itself (QSaveFile, and direct writes to devices and pipes).
  list(FILTER sources EXCLUDE REGEX "/core/output_file\\.cpp$")
  foreach(source IN LISTS sources)
    # One list element per line: ';' and brackets would otherwise split or join CMake list elements.
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
         AND NOT line MATCHES "atomic-write-ok:" AND NOT previous MATCHES "atomic-write-ok:")
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
  message(FATAL_ERROR "Files written directly instead of through writeFileAtomically (core/output_file.h);"
                      " if the write is not a saved file, mark it with a comment \"atomic-write-ok: <reason>\":${problems}")
endif()
message(STATUS "every file write in ${SOURCE_DIRS} goes through writeFileAtomically\n")

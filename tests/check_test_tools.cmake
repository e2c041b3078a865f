# Tests run external programs by the paths tests/CMakeLists.txt found (SPLITBENCH_TOOL_<NAME>), never by a bare
# name: a bare name runs whatever comes first on PATH (another tool's python3) and hides the program from
# scripts/check-install-list, which reads the found paths to check that scripts/lib.sh installs them.
file(GLOB_RECURSE sources "${TESTS_DIR}/*.cpp" "${TESTS_DIR}/*.h")
set(found "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines REGEX "QStringLiteral\\(\"(${TOOLS})\"\\)")
  foreach(line IN LISTS lines)
    string(APPEND found "\n  ${source}: ${line}")
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "tests run programs by a bare name; use QStringLiteral(SPLITBENCH_TOOL_<NAME>):${found}")
endif()

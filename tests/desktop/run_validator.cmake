# Runs a validator (COMMAND, a list) and fails on a non-zero exit or on any error, warning, hint or info it
# prints; only appstreamcli's pedantic notes ("P: ") pass.
cmake_minimum_required(VERSION 3.25) # script mode: use current policies (empty list elements kept)
execute_process(COMMAND ${COMMAND} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
set(text "${out}${err}")
message("${text}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "validator exited with ${result}")
endif()
# desktop-file-validate: "file: error|warning|hint: …"; appstreamcli: "E: …", "W: …", "I: …".
if("\n${text}" MATCHES "\n[EWI]: " OR text MATCHES ": (error|warning|hint): ")
  message(FATAL_ERROR "validator reported errors, warnings, hints or infos")
endif()

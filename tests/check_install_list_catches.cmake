# Runs scripts/check-install-list as if REMOVED were not in scripts/lib.sh's list: it must fail and name
# both the package and what needed it.
execute_process(COMMAND ${CHECK} --no-run --without ${REMOVED} ${BUILD_DIR}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
if(NOT result EQUAL 1)
  message(FATAL_ERROR "check-install-list --without ${REMOVED} exited with ${result}, expected 1:\n${out}${err}")
endif()
if(NOT err MATCHES "missing from scripts/lib.sh: ${REMOVED} " OR NOT err MATCHES "${NEEDED_BY}")
  message(FATAL_ERROR "the message does not name ${REMOVED} and ${NEEDED_BY}:\n${err}")
endif()
message(STATUS "${err}")

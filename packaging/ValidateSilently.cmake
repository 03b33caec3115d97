# SPDX-License-Identifier: GPL-3.0-or-later
# Runs TOOL on FILE and fails unless it exits 0 and prints nothing: for validators such as
# desktop-file-validate that report warnings and hints but still exit 0.
# Usage: cmake -DTOOL=/path/to/validator -DFILE=/path/to/file -P ValidateSilently.cmake
if(NOT TOOL OR NOT EXISTS "${TOOL}")
  message(FATAL_ERROR "validator not found (run scripts/install-deps.sh): '${TOOL}'")
endif()
execute_process(COMMAND "${TOOL}" "${FILE}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(STRIP "${out}${err}" report)
if(NOT rc EQUAL 0 OR NOT report STREQUAL "")
  message(FATAL_ERROR "${TOOL} ${FILE} (exit ${rc}):\n${report}")
endif()
message(STATUS "${FILE}: valid")

# SPDX-FileCopyrightText: 2026 TrainScope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate over the sources onto a copy of the .ts, as `update_translations` would, and fails
# when that finds a window text the .ts lacks (new, so unfinished) or one it no longer needs.
# Arguments: LUPDATE, TS, COPY, SOURCE_DIR.
file(COPY_FILE "${TS}" "${COPY}")
execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none
            -I "${SOURCE_DIR}/core" -I "${SOURCE_DIR}/ui" -I "${SOURCE_DIR}/ui/model"
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" -ts "${COPY}"
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ "${TS}" before)
file(READ "${COPY}" after)
if(NOT before STREQUAL after)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[^\n]*type=\"unfinished\"" new "${after}")
    list(JOIN new "\n" new)
    message(FATAL_ERROR "resources/translations/trainscope_zh_CN.ts is not current: run "
                        "`cmake --build --preset default --target update_translations` and "
                        "translate what is new.\n${new}")
endif()

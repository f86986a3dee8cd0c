# SPDX-License-Identifier: GPL-3.0-or-later
# mailtriage_add_test(NAME tst_x SOURCES tst_x.cpp LIBS target... [LABELS l...] [TIMEOUT s])
function(mailtriage_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} mailtriage_testsupport Qt6::Test mailtriage_settings)
    target_compile_definitions(${T_NAME} PRIVATE
        MAILTRIAGE_SHARED_DIR="${MAILTRIAGE_SHARED_DIR}"
        MAILTRIAGE_TESTDATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        MAILTRIAGE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        MAILTRIAGE_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        LABELS "${T_LABELS}")
endfunction()

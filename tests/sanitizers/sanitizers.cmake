# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizers' options for the tests of a CARTEIRO_SANITIZE build.
#
# A directory that adds tests ends its CMakeLists.txt with
#     cmake_language(DEFER CALL carteiro_sanitizer_environment)
# so every test it defines (whoever adds it, wherever in the file) runs with
# ASAN_OPTIONS, LSAN_OPTIONS and UBSAN_OPTIONS. A program a test starts (the
# interop tests start `carteiro --serve`) inherits them. Without
# CARTEIRO_SANITIZE the function does nothing.
set(CARTEIRO_SANITIZER_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CARTEIRO_SANITIZER_ENVIRONMENT
    # detect_leaks is on by default on x86-64 Linux; said here so it is clear.
    "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
    # Only third-party frames are suppressed (GLib, GMime, Qt, fontconfig):
    # see lsan.supp for why each one is there.
    "LSAN_OPTIONS=suppressions=${CARTEIRO_SANITIZER_DIR}/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")

function(carteiro_sanitizer_environment)
    if(NOT CARTEIRO_SANITIZE)
        return()
    endif()
    get_property(tests DIRECTORY PROPERTY TESTS)
    foreach(test IN LISTS tests)
        set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT ${CARTEIRO_SANITIZER_ENVIRONMENT})
    endforeach()
endfunction()

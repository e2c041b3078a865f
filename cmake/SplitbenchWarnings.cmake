# Project-wide compiler flags: warnings for our own targets, optional sanitizers.
function(splitbench_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(SPLITBENCH_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

if(SPLITBENCH_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer: everything (core included) carries coverage instrumentation and the sanitizers; only the
# fuzz targets link libFuzzer's main (-fsanitize=fuzzer, fuzz/CMakeLists.txt).
if(SPLITBENCH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SPLITBENCH_FUZZ needs clang (use the \"fuzz\" preset: clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

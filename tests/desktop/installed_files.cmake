# The files an installation must contain, relative to the prefix (shared by the install and package tests).
# EXPECT_DESKTOP: the build includes the workbench's desktop integration; EXPECT_GUI: the workbench exists.
cmake_minimum_required(VERSION 3.25) # script mode: use current policies (empty list elements kept)
set(installed_files
  bin/splitbench-cli
  share/man/man1/splitbench-cli.1.gz
  share/doc/splitbench/copyright)
if(EXPECT_DESKTOP)
  list(APPEND installed_files
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg)
  foreach(size 16 32 48 64 128 256)
    list(APPEND installed_files share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
  endforeach()
endif()
if(EXPECT_GUI)
  list(APPEND installed_files bin/splitbench)
endif()

# Fails unless every expected file is under PREFIX.
function(check_installed_files prefix)
  foreach(file IN LISTS installed_files)
    if(NOT EXISTS ${prefix}/${file})
      message(FATAL_ERROR "missing after installation: ${prefix}/${file}")
    endif()
  endforeach()
endfunction()

# Runs COMMAND... and fails with its output unless it exits with 0; the output is left in OUT.
function(run_checked out)
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    string(REPLACE ";" " " shown "${ARGN}")
    message(FATAL_ERROR "${shown} failed (${result}):\n${stdout}${stderr}")
  endif()
  set(${out} "${stdout}${stderr}" PARENT_SCOPE)
endfunction()

# The installed (or unpacked) tree as a desktop sees it: AppStream finds metadata, launcher and icons.
function(check_desktop_tree root)
  if(EXPECT_DESKTOP)
    run_checked(report ${APPSTREAMCLI} validate-tree --no-net ${root})
    message("${report}")
  endif()
endfunction()

# Writes the splitbench-cli(1) man page from the program's own --help texts, so the two never disagree.
# cmake -DCLI=<splitbench-cli> -DOUTPUT=<file.1> -DVERSION=<x.y.z> -DDATE=<yyyy-mm-dd> -P GenerateManPage.cmake
# QCommandLineParser's help layout is: "Usage: …", a summary line, then "Options:" / "Arguments:" sections
# of "  term    description" rows whose long descriptions continue on lines indented to the description.
cmake_minimum_required(VERSION 3.25) # script mode: use current policies (empty list elements kept)

foreach(var CLI OUTPUT VERSION DATE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "GenerateManPage.cmake: ${var} is not set")
  endif()
endforeach()

# Runs the CLI with ARGS and returns its standard output as a list of lines. The environment is neutral so
# the text does not depend on the machine that builds it (the log folder line is left out below).
function(help_lines out)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
                          ${CLI} ${ARGN}
                  OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${CLI} ${ARGN} failed (${result}): ${errors}")
  endif()
  # Lists split at ';' except inside [...]; hide both so each line stays one element.
  string(REPLACE ";" "@SEMICOLON@" text "${text}")
  string(REPLACE "[" "@LBRACKET@" text "${text}")
  string(REPLACE "]" "@RBRACKET@" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(${out} "${lines}" PARENT_SCOPE)
endfunction()

# Escapes text for troff and restores the characters hidden above.
function(troff_text out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "…" "..." text "${text}")
  string(REPLACE "–" "\\(en" text "${text}")
  string(REPLACE "@SEMICOLON@" ";" text "${text}")
  string(REPLACE "@LBRACKET@" "[" text "${text}")
  string(REPLACE "@RBRACKET@" "]" text "${text}")
  if(text MATCHES "^[.']")
    set(text "\\&${text}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# "-o, --output <file>" -> bold option names, italic placeholders, escaped hyphens.
function(troff_term out term)
  troff_text(term "${term}")
  string(REGEX REPLACE "(^|[ ,])(-[-A-Za-z0-9]+)" "\\1\\\\fB\\2\\\\fR" term "${term}")
  string(REGEX REPLACE "<([^>]+)>" "\\\\fI\\1\\\\fR" term "${term}")
  string(REPLACE "-" "\\-" term "${term}")
  set(${out} "${term}" PARENT_SCOPE)
endfunction()

# Turns the rows of one help section into .TP paragraphs; SKIP lists terms documented elsewhere, ITALIC
# sets the terms in italics (positional arguments).
function(troff_rows out lines)
  cmake_parse_arguments(ARG "ITALIC" "" "SKIP" ${ARGN})
  set(result "")
  set(skipping FALSE)
  foreach(line IN LISTS lines)
    if(line MATCHES "^  ([^ ].*[^ ]) [ ]+([^ ].*)$")
      set(term "${CMAKE_MATCH_1}")
      set(description "${CMAKE_MATCH_2}")
      list(FIND ARG_SKIP "${term}" skipped)
      if(skipped GREATER -1)
        set(skipping TRUE)
        continue()
      endif()
      set(skipping FALSE)
      troff_term(term "${term}")
      if(ARG_ITALIC)
        set(term "\\fI${term}\\fR")
      endif()
      troff_text(description "${description}")
      string(APPEND result ".TP\n${term}\n${description}\n")
    elseif(line MATCHES "^   +([^ ].*)$" AND NOT skipping AND NOT result STREQUAL "")
      troff_text(more "${CMAKE_MATCH_1}")
      string(APPEND result "${more}\n")
    endif()
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

# Returns the lines of section TITLE ("Options:") up to the next blank line.
function(section_lines out lines title)
  set(result "")
  set(inside FALSE)
  foreach(line IN LISTS lines)
    if(line STREQUAL "${title}" OR line MATCHES "^${title} ")
      set(inside TRUE)
    elseif(inside AND line STREQUAL "")
      break()
    elseif(inside)
      list(APPEND result "${line}")
    endif()
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

help_lines(general --help)
list(GET general 2 description)
troff_text(description "${description}")
section_lines(command_rows "${general}" "Commands:")
section_lines(global_rows "${general}" "Global options")
set(exit_codes "")
foreach(line IN LISTS general)
  if(line MATCHES "^Exit codes: (.*)\\.$")
    string(REPLACE ", " ";" exit_codes "${CMAKE_MATCH_1}")
  endif()
endforeach()
if(command_rows STREQUAL "" OR global_rows STREQUAL "" OR exit_codes STREQUAL "")
  message(FATAL_ERROR "GenerateManPage.cmake: the layout of 'splitbench-cli --help' changed; update this script")
endif()

string(REPLACE "-" "\\-" date "${DATE}")
set(page ".\\\" splitbench-cli(1), generated from \"splitbench-cli --help\" by cmake/GenerateManPage.cmake.
.TH SPLITBENCH\\-CLI 1 \"${date}\" \"Splitbench ${VERSION}\" \"User Commands\"
.SH NAME
splitbench\\-cli \\- compare fully managed and co\\-managed IT services from the command line
.SH SYNOPSIS
.B splitbench\\-cli
.RB [ \\-\\-verbose \" | \" \\-\\-quiet ]
.I command
.RI [ options ]
.br
.B splitbench\\-cli
.BR \\-\\-help \" | \" \\-\\-version
.SH DESCRIPTION
${description}
.PP
.B splitbench\\-cli
works without a display and writes its results to standard output (or to a file given with
\\fB\\-\\-output\\fR), and its problems to standard error.
.SH COMMANDS
")

foreach(row IN LISTS command_rows)
  if(NOT row MATCHES "^  ([a-z-]+) +(.*)$")
    continue()
  endif()
  set(command "${CMAKE_MATCH_1}")
  help_lines(command_help ${command} --help)
  list(GET command_help 0 usage)
  list(GET command_help 1 summary)
  string(REGEX REPLACE "^Usage: " "" usage "${usage}")
  troff_text(usage "${usage}")
  string(REPLACE "-" "\\-" usage "${usage}")
  troff_text(summary "${summary}")
  section_lines(options "${command_help}" "Options:")
  section_lines(arguments "${command_help}" "Arguments:")
  troff_rows(option_text "${options}" SKIP "-h, --help" "--verbose" "-q, --quiet")
  troff_rows(argument_text "${arguments}" ITALIC)
  string(APPEND page ".SS ${command}\n.B ${usage}\n.PP\n${summary}\n${argument_text}${option_text}")
endforeach()

troff_rows(global_text "${global_rows}")
string(APPEND page ".SH GLOBAL OPTIONS\n${global_text}.SH EXIT STATUS\n")
foreach(code IN LISTS exit_codes)
  if(code MATCHES "^([0-9]+) (.*)$")
    troff_text(meaning "${CMAKE_MATCH_2}")
    string(APPEND page ".TP\n.B ${CMAKE_MATCH_1}\n${meaning}\n")
  endif()
endforeach()
string(APPEND page ".SH FILES
.TP
.I ~/.local/share/Splitbench/splitbench\\-cli/logs/splitbench\\-cli.log
The diagnostic log: commands run, files loaded and written, problems found and timings, never the
contents of profiles or their notes. It is rotated at 5 MiB and three old files are kept. When
\\fBXDG_DATA_HOME\\fR is set, it replaces \\fI~/.local/share\\fR.
.SH EXAMPLES
.TP
.B splitbench\\-cli catalogue \\-\\-format markdown
The 20 dimensions, their activities and who owns them in each model.
.TP
.B splitbench\\-cli score \\-\\-profile my\\-org.splitbench.json \\-\\-format json
The fit of each model for a profile, as JSON.
.TP
.B splitbench\\-cli validate my\\-org.splitbench.json
Check a profile and name the first problem in it.
")

file(WRITE "${OUTPUT}.tmp" "${page}")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")

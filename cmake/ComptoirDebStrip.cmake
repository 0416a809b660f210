# Run by cpack after the install into its staging folders and before the package is made
# (CPACK_PRE_BUILD_SCRIPTS). For the Debian packages: besides the symbols (CPACK_STRIP_FILES),
# drop the .comment and .note sections from the programs, as Debian's dh_strip does.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
  return()
endif()
find_program(COMPTOIR_STRIP NAMES strip REQUIRED)
file(GLOB_RECURSE programs LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
list(FILTER programs INCLUDE REGEX "/bin/[^/]+$")
foreach(program IN LISTS programs)
  execute_process(COMMAND ${COMPTOIR_STRIP} --remove-section=.comment --remove-section=.note ${program}
                  RESULT_VARIABLE rc)
  if(rc)
    message(FATAL_ERROR "strip failed on ${program}")
  endif()
endforeach()

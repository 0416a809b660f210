# cmake -DIN=<file> -DOUT=<file.gz> -P ComptoirGzip.cmake
# Compresses like `gzip -9n`: best compression, no file name and no time stamp in the
# header, so that the same input always gives the same bytes (Debian wants man pages and
# changelogs compressed this way).
find_program(COMPTOIR_GZIP gzip)
if(COMPTOIR_GZIP)
  execute_process(COMMAND ${COMPTOIR_GZIP} -9nc ${IN} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
  if(rc)
    message(FATAL_ERROR "gzip failed on ${IN}")
  endif()
else()
  message(FATAL_ERROR "gzip is needed to compress ${IN}")
endif()

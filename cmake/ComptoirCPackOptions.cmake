# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
  # CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before every package's own description,
  # unless it is CPack's default; the two packages' descriptions (CPACK_DEBIAN_<C>_DESCRIPTION)
  # begin with their own synopsis lines, so leave the common one out.
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()

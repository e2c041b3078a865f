# CPack: `cpack -G DEB` in the build folder makes splitbench_<version>_<arch>.deb from the install rules.
# Shared-library dependencies come from dpkg-shlibdeps (package dpkg-dev). What it cannot see is added by
# hand: Qt loads its SVG image plugin and platform plugins at run time, and reports need DejaVu fonts
# (their italic text is DejaVu Sans Oblique, from fonts-dejavu-extra).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME splitbench)
set(CPACK_PACKAGE_VENDOR "The Splitbench authors")
set(CPACK_PACKAGE_CONTACT "The Splitbench authors <maintainers@splitbench.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "compare fully managed and co-managed IT services")
set(CPACK_PACKAGE_DESCRIPTION
    "Splitbench is a desktop workbench for deciding how to source IT: fully
managed (a provider runs all of IT) or co-managed (a provider shares the work
with the in-house team). It scores how well each model fits an organisation's
profile across 20 dimensions, explains why, and produces reports. The package
contains the workbench and the command-line tool splitbench-cli.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://splitbench.org/")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, fonts-dejavu-core, fonts-dejavu-extra")
include(CPack)

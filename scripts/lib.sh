# Shared by scripts/run, scripts/test, scripts/bench and scripts/fuzz: package check and build.
# shellcheck shell=bash

SPLITBENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages the build, the tests and the reports need.
SPLITBENCH_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  libqt6opengl6-dev # Qt6Charts' CMake package needs Qt6OpenGL; only a Recommends of qt6-base-dev
  qt6-base-private-dev # tests/gui's accessibility audit switches the offscreen platform's accessibility on
  libspdlog-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev libxlsxwriter-dev
  zlib1g-dev # xlsxwriter.pc links -lz; libxlsxwriter-dev does not depend on it
  libzip-dev # app/sheets reads XLSX workbooks (the matrix importer)
  libqpdf-dev # the report PDF's bookmarks and document information (app/report/pdf_outline.h)
  fonts-dejavu-core fonts-dejavu-extra # the report's italic text is DejaVu Sans Oblique (-extra)
  locales # glibc reads its locale aliases from it
  xvfb xauth poppler-utils qpdf python3
  desktop-file-utils appstream dpkg-dev file groff-base
  clang-14 libclang-rt-14-dev # scripts/fuzz: libFuzzer and the sanitizer runtimes
  llvm-14 lld-14 # the clang build finds and uses llvm-ar-14, llvm-ranlib-14 and ld.lld-14 (Recommends of clang-14)
  time # scripts/bench: peak memory (/usr/bin/time)
  strace # scripts/check-install-list: the files the programs open at run time
)

# Installs whatever is missing (as root), or prints the exact command and stops.
splitbench_ensure_packages() {
  local missing=() pkg
  for pkg in "${SPLITBENCH_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Splitbench needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing missing packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The Debian package that provides a CMake package, pkg-config module or program the configure looked for.
splitbench_package_for() {
  case "$1" in
    Qt6OpenGL) echo libqt6opengl6-dev ;;
    Qt6Charts) echo qt6-charts-dev ;;
    Qt6Svg|Qt6SvgWidgets) echo qt6-svg-dev ;;
    Qt6LinguistTools|Qt6Tools|Qt6ToolsTools|Qt6Linguist) echo qt6-tools-dev ;;
    Qt6*Tools) echo qt6-base-dev-tools ;;
    Qt6|Qt6*) echo qt6-base-dev ;;
    WrapOpenGL|OpenGL) echo libgl-dev ;;
    WrapVulkanHeaders|Vulkan) echo libvulkan-dev ;;
    spdlog) echo libspdlog-dev ;;
    fmt) echo libfmt-dev ;;
    GTest|GMock) echo "libgtest-dev libgmock-dev" ;;
    benchmark) echo libbenchmark-dev ;;
    PkgConfig|pkg-config) echo pkg-config ;;
    xlsxwriter) echo libxlsxwriter-dev ;;
    libzip) echo libzip-dev ;;
    libqpdf) echo libqpdf-dev ;;
    zlib|ZLIB|z) echo zlib1g-dev ;;
    pdftotext|pdfinfo|pdffonts|pdfimages|pdftoppm) echo poppler-utils ;;
    dpkg-shlibdeps) echo dpkg-dev ;;
    dpkg|dpkg-deb) echo dpkg ;;
    groff) echo groff-base ;;
    desktop-file-validate) echo desktop-file-utils ;;
    appstreamcli) echo appstream ;;
    lupdate|lrelease) echo qt6-l10n-tools ;;
    clang++-14|clang-14) echo clang-14 ;;
    qpdf|python3|file|gzip|ninja|cmake) echo "$1" ;;
    *) return 1 ;;
  esac
}

# After a failed configure: names what was missing and the Debian package that provides it.
splitbench_explain_configure_failure() {
  local log="$1" name pkg found=0
  while IFS= read -r name; do
    [ -n "$name" ] || continue
    found=1
    if pkg=$(splitbench_package_for "$name"); then
      echo "Splitbench: the configure did not find $name, which the Debian package(s) $pkg provide." >&2
      echo "  Install with: sudo apt-get install -y $pkg" >&2
      echo "  (and add it to SPLITBENCH_PACKAGES in scripts/lib.sh, so nobody else meets this)" >&2
    else
      echo "Splitbench: the configure did not find $name; look for its package with: apt-cache search $name" >&2
    fi
  done < <(sed -n -e 's/.*Could not find a package configuration file provided by "\([^"]*\)".*/\1/p' \
                  -e 's/.*dependency \([A-Za-z0-9_]*\) could not.*/\1/p' \
                  -e 's/.*Failed to find required Qt component "\([^"]*\)".*/Qt6\1/p' \
                  -e 's/^ *Could NOT find \([A-Za-z0-9_]*\).*/\1/p' \
                  -e "s/.*No package '\\([^']*\\)' found.*/\\1/p" \
                  -e 's/.*Could not find [A-Z0-9_]* using the following names: \([^ ,]*\).*/\1/p' "$log" \
             | awk '!seen[$0]++')
  [ $found -eq 1 ] || echo "Splitbench: the configure failed (see the messages above)." >&2
}

# Configures (first time only) and builds the given CMake preset.
splitbench_build() {
  local preset="$1"
  cd "$SPLITBENCH_ROOT" || exit 1
  local dir="build/$preset"
  if [ ! -f "$dir/build.ninja" ]; then
    mkdir -p build
    if ! cmake --preset "$preset" >"build/configure-$preset.log" 2>&1; then
      cat "build/configure-$preset.log"
      splitbench_explain_configure_failure "build/configure-$preset.log"
      exit 1
    fi
    cat "build/configure-$preset.log"
  fi
  cmake --build --preset "$preset" -j "${SPLITBENCH_JOBS:-2}"
}

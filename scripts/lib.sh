# Shared by scripts/run, scripts/test, scripts/bench and scripts/fuzz: package check and build.
# shellcheck shell=bash

SPLITBENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages the build, the tests and the reports need.
SPLITBENCH_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl-dev
  libqt6opengl6-dev # Qt6Charts' CMake package needs Qt6OpenGL; only a Recommends of qt6-base-dev
  libspdlog-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev libxlsxwriter-dev
  zlib1g-dev # xlsxwriter.pc links -lz; libxlsxwriter-dev does not depend on it
  fonts-dejavu-core xvfb xauth poppler-utils qpdf python3
  desktop-file-utils appstream dpkg-dev file groff-base
  clang-14 libclang-rt-14-dev # scripts/fuzz: libFuzzer and the sanitizer runtimes
  time # scripts/bench: peak memory (/usr/bin/time)
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

# Configures (first time only) and builds the given CMake preset.
splitbench_build() {
  local preset="$1"
  cd "$SPLITBENCH_ROOT" || exit 1
  local dir="build/$preset"
  if [ ! -f "$dir/build.ninja" ]; then
    cmake --preset "$preset"
  fi
  cmake --build --preset "$preset" -j "${SPLITBENCH_JOBS:-2}"
}

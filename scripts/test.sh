#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit, offscreen view and
# end-to-end batch-mode tests) with CTest. Exit status is CTest's.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh"
build_dir=${MEDTOUR_BUILD_DIR:-$repo/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 600

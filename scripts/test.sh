#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit, offscreen view and
# end-to-end batch-mode tests) with CTest, then the import fuzzer for MEDTOUR_FUZZ_SECONDS (default
# 60; 0 skips; scripts/fuzz.sh). Exit status: CTest's, else the fuzzer's.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/scripts/setup.sh"
build_dir=${MEDTOUR_BUILD_DIR:-$repo/build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# Sanitizer builds (-DMEDTOUR_SANITIZE=ON): stop at the first finding, with a stack trace.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$repo/tests/fuzz/lsan.supp:print_suppressions=0}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 600 2>&1 | tee "$log" || status=$?
"$repo/scripts/fuzz.sh" || status=$?
# One closing line for whoever reads the end of the output: CTest's counts and the fuzzer's run.
summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
if [[ $summary =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
  failed=${BASH_REMATCH[1]}
  total=${BASH_REMATCH[2]}
  echo "tests: $((total - failed)) passed, $failed failed"
fi
exit "$status"

#!/usr/bin/env bash
# Builds the libFuzzer target of the import readers (tests/fuzz/fuzz_import.cpp) in its own
# configuration (clang-14, ASan + UBSan, model and import libraries only) and runs it for
# MEDTOUR_FUZZ_SECONDS seconds (default 60; 0 skips) on a copy of the committed corpus
# tests/fuzz/corpus/, so that the committed corpus does not grow on every run.
# Exit status: 0 when the fuzzer ran clean (or was skipped), non-zero on a crash, a leak, a
# timeout or an out-of-memory, with the path of the reproducer printed.
# Environment: MEDTOUR_FUZZ_SECONDS, MEDTOUR_FUZZ_BUILD_DIR (default build-fuzz),
# MEDTOUR_FUZZ_ARGS (extra libFuzzer flags, e.g. "-jobs=2 -workers=2").
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${MEDTOUR_FUZZ_SECONDS:-60}
if [[ $seconds == 0 ]]; then
  echo "fuzz: skipped (MEDTOUR_FUZZ_SECONDS=0)"
  exit 0
fi
build_dir=${MEDTOUR_FUZZ_BUILD_DIR:-$repo/build-fuzz}
cxx=${MEDTOUR_FUZZ_CXX:-clang++-14}
command -v "$cxx" >/dev/null || { echo "fuzz: $cxx not found (scripts/setup.sh installs clang-14)" >&2; exit 1; }

if [[ ! -f $build_dir/build.ninja ]]; then
  cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DMEDTOUR_BUILD_FUZZERS=ON -DMEDTOUR_SANITIZE=ON \
    -DMEDTOUR_BUILD_VIEWS=OFF -DMEDTOUR_BUILD_APP=OFF -DMEDTOUR_BUILD_TESTS=OFF \
    -DMEDTOUR_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build_dir" --target fuzz_import --parallel "$(nproc)"

# A working copy of the corpus: new inputs the run finds land here, not in the repository.
work=$build_dir/fuzz-run
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$repo"/tests/fuzz/corpus/* "$work/corpus/"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$repo/tests/fuzz/lsan.supp:print_suppressions=0}

echo "fuzz: running fuzz_import for ${seconds}s on a copy of tests/fuzz/corpus ($work/corpus)"
set +e +o pipefail
# The log keeps every line; the console leaves out the NEW/REDUCE lines of the corpus growing.
# shellcheck disable=SC2086
"$build_dir/tests/fuzz/fuzz_import" "$work/corpus" \
  -dict="$repo/tests/fuzz/csv.dict" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
  ${MEDTOUR_FUZZ_ARGS:-} 2>&1 | tee "$work/fuzz.log" | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE)'
status=${PIPESTATUS[0]}
set -e -o pipefail

found=$(find "$work/artifacts" -type f | sort)
if [[ $status -ne 0 || -n $found ]]; then
  echo "fuzz: FAILED (exit $status); full log: $work/fuzz.log" >&2
  for f in $found; do
    echo "fuzz: reproducer: $f" >&2
    echo "      re-run:     $build_dir/tests/fuzz/fuzz_import $f" >&2
  done
  exit 1
fi
new=$(($(find "$work/corpus" -type f | wc -l) - $(find "$repo/tests/fuzz/corpus" -type f | wc -l)))
echo "fuzz: clean; $new new corpus inputs in $work/corpus"
echo "fuzz: to keep the useful ones (keep the committed corpus < 1 MB, < 200 files):"
echo "      $build_dir/tests/fuzz/fuzz_import -merge=1 $repo/tests/fuzz/corpus $work/corpus"

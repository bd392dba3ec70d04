#!/usr/bin/env bash
# Builds and runs the nanoCLR glue test twice: a normal build and an AddressSanitizer + UndefinedBehaviorSanitizer
# build. Usage: native/nanoclr/run-tests.sh <generated-dir> <build-root>
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
generated="${1:?usage: run-tests.sh <generated-dir> <build-root>}"
root="${2:?usage: run-tests.sh <generated-dir> <build-root>}"
jobs="$(nproc 2>/dev/null || echo 2)"

run() {
  local name="$1"; shift
  echo "== $name"
  cmake -S "$here" -B "$root/$name" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DI2SGEN_GENERATED_DIR=$generated" "$@" >/dev/null
  cmake --build "$root/$name" -j "$jobs" >/dev/null
  ctest --test-dir "$root/$name" --output-on-failure -j "$jobs"
}

run normal
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run sanitize -DI2SGEN_NANOCLR_SANITIZE=ON
echo "nanoCLR glue tests: all passed"

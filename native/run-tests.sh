#!/usr/bin/env bash
# Configures, builds and runs the native simulator tests four ways: a normal build, an
# AddressSanitizer + UndefinedBehaviorSanitizer build, a ThreadSanitizer build (label tsan: the tests
# that drive the simulator from several threads), and the normal build under valgrind.
# Every ctest call uses --no-tests=error: a configuration that registered no tests (e.g. no valgrind found) fails.
# Usage: native/run-tests.sh [build-root]   (default: native/build-ci, ignored by git)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${1:-$here/build-ci}"
jobs="$(nproc 2>/dev/null || echo 2)"

run() {
  local name="$1"; shift
  echo "== $name"
  cmake -S "$here" -B "$root/$name" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$root/$name" -j "$jobs" >/dev/null
}

run normal
ctest --test-dir "$root/normal" --no-tests=error --output-on-failure -j "$jobs"

run sanitize -DI2SSIM_SANITIZE=ON -DI2SSIM_BUILD_BENCH=OFF
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/sanitize" --no-tests=error --output-on-failure -j "$jobs"

run tsan -DI2SSIM_TSAN=ON -DI2SSIM_BUILD_BENCH=OFF
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir "$root/tsan" --no-tests=error --output-on-failure -j "$jobs" -L tsan

if command -v valgrind >/dev/null 2>&1; then
  run valgrind -DI2SSIM_VALGRIND_TESTS=ON -DI2SSIM_BUILD_BENCH=OFF
  ctest --test-dir "$root/valgrind" --no-tests=error --output-on-failure -j "$jobs" -L valgrind
else
  echo "valgrind not found: skipping the valgrind run" >&2
  exit 1
fi
echo "native tests: all passed"

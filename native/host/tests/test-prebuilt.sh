#!/usr/bin/env bash
# The prebuilt host glue on every platform the package ships: builds I2sGen.Host for linux-x64, linux-arm64 and
# win-x64 (tools/native/build-host-glue.sh), links the C harness host_glue_harness.c against each, runs it natively,
# under qemu-aarch64 (-L /usr/aarch64-linux-gnu) and under wine, and requires every run to pass its own checks and
# all traces to be identical to the native one, byte for byte.
# A platform whose cross compiler or emulator is missing is skipped with a message, unless I2SGEN_REQUIRE_CROSS=1
# (.ci/run sets it, after installing them), which makes a missing tool an error.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/i2sgen-prebuilt.XXXXXX")"
trap '[ "${I2SGEN_KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
includes=(-I"$root/native/include" -I"$root/native/sim/include" -I"$root/native/host")
failed=0
skipped=()

skip() {
  if [ "${I2SGEN_REQUIRE_CROSS:-0}" = "1" ]; then
    echo "FAIL $1: $2 (I2SGEN_REQUIRE_CROSS=1)"; failed=1
  else
    echo "SKIP $1: $2"; skipped+=("$1")
  fi
}

build() { # rid -> builds the library into $work/<rid>, returns the build script's code
  "$root/tools/native/build-host-glue.sh" "$1" "$work/$1" >"$work/$1.build.log" 2>&1
}

run_trace() { # rid, command... -> writes $work/<rid>.trace, fails on a non-zero exit
  local rid="$1"; shift
  if ! "$@" >"$work/$rid.trace" 2>"$work/$rid.stderr"; then
    echo "FAIL $rid: the harness failed"; cat "$work/$rid.trace" "$work/$rid.stderr"; failed=1; return 1
  fi
  echo "ok   $rid: $(tail -n 1 "$work/$rid.trace")"
}

# linux-x64: the reference trace.
if build linux-x64; then
  gcc -std=c11 -Wall -Wextra -Werror "${includes[@]}" "$here/host_glue_harness.c" -L"$work/linux-x64" -lI2sGen.Host \
    -Wl,-rpath,"$work/linux-x64" -o "$work/harness-linux-x64" && run_trace linux-x64 "$work/harness-linux-x64"
else
  echo "FAIL linux-x64: $(cat "$work/linux-x64.build.log")"; exit 1
fi

# linux-arm64 under qemu-user.
build linux-arm64; code=$?
if [ $code -eq 3 ]; then skip linux-arm64 "aarch64-linux-gnu-gcc not found (apt-get install gcc-aarch64-linux-gnu)"
elif [ $code -ne 0 ]; then echo "FAIL linux-arm64: $(cat "$work/linux-arm64.build.log")"; failed=1
elif ! command -v qemu-aarch64 >/dev/null 2>&1; then skip linux-arm64 "qemu-aarch64 not found (apt-get install qemu-user)"
else
  aarch64-linux-gnu-gcc -std=c11 -Wall -Wextra -Werror "${includes[@]}" "$here/host_glue_harness.c" -L"$work/linux-arm64" \
    -lI2sGen.Host -o "$work/harness-linux-arm64" \
    && run_trace linux-arm64 env LD_LIBRARY_PATH="$work/linux-arm64" qemu-aarch64 -L /usr/aarch64-linux-gnu "$work/harness-linux-arm64"
fi

# win-x64 under wine: the harness links the DLL directly (mingw's ld takes a DLL as an import library).
build win-x64; code=$?
# A wine prefix takes half a minute to create: keep one per user rather than one per run.
wineprefix="${I2SGEN_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/i2sgen/wineprefix}"
mkdir -p "$(dirname "$wineprefix")"
wine_cmd=""
for candidate in wine64 wine; do command -v "$candidate" >/dev/null 2>&1 && { wine_cmd="$candidate"; break; }; done
if [ $code -eq 3 ]; then skip win-x64 "x86_64-w64-mingw32-gcc not found (apt-get install gcc-mingw-w64-x86-64)"
elif [ $code -ne 0 ]; then echo "FAIL win-x64: $(cat "$work/win-x64.build.log")"; failed=1
elif [ -z "$wine_cmd" ]; then skip win-x64 "wine not found (apt-get install wine64)"
else
  x86_64-w64-mingw32-gcc -std=c11 -Wall -Wextra -Werror -static "${includes[@]}" "$here/host_glue_harness.c" \
    "$work/win-x64/I2sGen.Host.dll" -o "$work/win-x64/harness.exe" \
    && run_trace win-x64 env WINEPREFIX="$wineprefix" WINEDEBUG=-all "$wine_cmd" "$work/win-x64/harness.exe"
  # Windows console output ends lines with CRLF; the trace is compared as text.
  [ -f "$work/win-x64.trace" ] && sed -i 's/\r$//' "$work/win-x64.trace"
fi

for rid in linux-arm64 win-x64; do
  if [ -f "$work/$rid.trace" ] && ! diff -u "$work/linux-x64.trace" "$work/$rid.trace"; then
    echo "FAIL $rid: its trace differs from linux-x64's"; failed=1
  elif [ -f "$work/$rid.trace" ]; then
    echo "same $rid: trace identical to linux-x64 ($(wc -l <"$work/linux-x64.trace") lines)"
  fi
done
[ ${#skipped[@]} -gt 0 ] && echo "prebuilt host glue: NOT tested on ${skipped[*]} (tools missing, see SKIP above)"
exit $failed

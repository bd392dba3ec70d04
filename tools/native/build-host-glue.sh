#!/usr/bin/env bash
# Builds the prebuilt host glue, I2sGen.Host (native/host/i2sgen_host.c + the simulator native/sim), for one runtime
# identifier with the matching (cross) compiler from Debian's packages:
#   linux-x64    gcc on an x86-64 Linux machine, else x86_64-linux-gnu-gcc   -> libI2sGen.Host.so
#   linux-arm64  aarch64-linux-gnu-gcc (gcc-aarch64-linux-gnu)                -> libI2sGen.Host.so
#   win-x64      x86_64-w64-mingw32-gcc (gcc-mingw-w64-x86-64), static        -> I2sGen.Host.dll (KERNEL32 + msvcrt only)
# Usage: build-host-glue.sh <rid> <output-directory>
# Exit codes: 0 built, 3 the compiler for <rid> is not installed (the caller decides whether that is an error),
# anything else a failed build. Set I2SGEN_HOST_CC_<RID> (e.g. I2SGEN_HOST_CC_WIN_X64) to use another compiler.
set -euo pipefail
rid="${1:?usage: build-host-glue.sh <rid> <output-directory>}"
out="${2:?usage: build-host-glue.sh <rid> <output-directory>}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
native="$root/native"

override_var="I2SGEN_HOST_CC_$(echo "$rid" | tr 'a-z-' 'A-Z_')"
cc="${!override_var:-}"
flags=(-fPIC)
libs=(-lpthread -lm)
file=libI2sGen.Host.so
case "$rid" in
  linux-x64)
    if [ -z "$cc" ]; then
      if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then cc=gcc; else cc=x86_64-linux-gnu-gcc; fi
    fi ;;
  linux-arm64) cc="${cc:-aarch64-linux-gnu-gcc}" ;;
  win-x64)
    cc="${cc:-x86_64-w64-mingw32-gcc}"
    # Position-independent already; static libgcc and winpthreads, so the DLL needs nothing beyond Windows itself.
    flags=(-static)
    file=I2sGen.Host.dll ;;
  *) echo "build-host-glue: no prebuilt host glue for '$rid' (win-x64, linux-x64, linux-arm64)" >&2; exit 2 ;;
esac

if ! command -v "$cc" >/dev/null 2>&1; then
  echo "build-host-glue: $cc not found, no prebuilt I2sGen.Host for $rid" >&2
  exit 3
fi

# Built in a folder of its own under its final name (a DLL records its file name as its export name, which is what
# importers load), then moved, so a concurrent build never sees half a library.
mkdir -p "$out"
tmp="$(mktemp -d "$out/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
"$cc" -std=c11 -O2 -g0 "${flags[@]}" -shared -Wall -Wextra -Werror \
  -I"$native/include" -I"$native/sim/include" -I"$native/host" \
  "$native/host/i2sgen_host.c" "$native"/sim/*.c "${libs[@]}" -o "$tmp/$file"
mv -f "$tmp/$file" "$out/$file"
echo "build-host-glue: $rid -> $out/$file ($cc)"

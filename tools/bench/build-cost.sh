#!/usr/bin/env bash
# What I2sGen adds to a build, measured (issue 12): packs the package from this checkout, creates two fresh console
# apps outside the repository (the README's one-microphone Program.cs with the I2sGen package, and the same app
# without I2sGen: the binding class and its calls removed), then times them alternately, RUNS times each:
#   clean build   dotnet build after deleting bin/ and obj/ (restore included, packages already in the cache)
#   no-op build   dotnet build again with nothing changed
# Reports the median of each and the median ratio I2sGen/plain, with the min-max spread, for the wall time and for
# the CPU time (user + sys of the dotnet build process and every process it waited for: MSBuild, csc, gcc). On a
# machine that other jobs share, CPU time moves much less than wall time; with build servers on it leaves out the
# servers' own CPU (the compiler server and reused MSBuild nodes are not the build's children), so read the wall
# time there. Targets (wall time): clean <= 1.2x, no-op <= 1.05x. Build servers are off (--disable-build-servers) so every run pays the same startup, including the
# JIT of the compiler and of the generator; I2SGEN_BENCH_BUILD_SERVERS=1 keeps them (MSBuild nodes and the compiler
# server stay warm between builds, as on a developer's machine).
# Usage: tools/bench/build-cost.sh [runs (default 7)] [extra dotnet build arguments, e.g. -p:I2sGenHostGlue=Compiled]
set -euo pipefail
runs="${1:-7}"; shift || true
extra=("$@")
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/i2sgen-buildcost.XXXXXX")"
trap 'rm -rf "$work"' EXIT
servers=(--disable-build-servers)
[ "${I2SGEN_BENCH_BUILD_SERVERS:-0}" = "1" ] && servers=()
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

version="0.1.0-buildcost.$(date +%s)"
echo "packing I2sGen $version ..."
dotnet pack "$root/generator/I2sGen.Package/I2sGen.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" \
  --disable-build-servers -nologo -v:q >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cat >"$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="packages" /></config>
  <packageSources><add key="i2sgen-local" value="feed" /></packageSources>
  <fallbackPackageFolders><add key="machine" value="$cache" /></fallbackPackageFolders>
</configuration>
XML

program_with='using System;
using I2sGen;

using var mic = new Inmp441();
var buffer = new byte[Inmp441.DmaBufferBytes];
int n = mic.ReadInto(buffer, timeoutMs: 0);
int m = mic.ReadInto(buffer);
Console.WriteLine($"read {n} + {m} bytes");

[I2sMicrophone(Bus = 0, Bck = 14, Ws = 13, Sdin = 34,
               DataFormat = I2sDataFormat.B32, ChannelFormat = I2sChannelFormat.OnlyLeft,
               SampleRate = 16000, DmaCount = 16, DmaLength = 256)]
public partial class Inmp441 { }'
program_without='using System;

var buffer = new byte[1024];
Console.WriteLine($"read {buffer.Length} bytes");'

for app in with without; do
  (cd "$work" && dotnet new console -n "$app" -o "$app" >/dev/null)
done
(cd "$work/with" && dotnet add package I2sGen --version "$version" >/dev/null)
printf '%s\n' "$program_with" >"$work/with/Program.cs"
printf '%s\n' "$program_without" >"$work/without/Program.cs"

build() { # app -> "wall cpu" in seconds (cpu = user + sys of the build's process tree), fails the script if the build fails
  local TIMEFORMAT='%R %U %S' times
  times=$( { time (cd "$work/$1" && dotnet build "${servers[@]}" -nologo -v:q "${extra[@]}" >"$work/$1.log" 2>&1) ; } 2>&1 ) \
    || { cat "$work/$1.log"; exit 1; }
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$times"
}

# Warm-up (first restore, first JIT of the SDK) and a check that the I2sGen app runs on the host simulator.
build with >/dev/null; build without >/dev/null
dotnet "$work/with/bin/Debug/net10.0/with.dll" | sed 's/^/app with I2sGen: /'
ls "$work/with/bin/Debug/net10.0" | grep -i "I2sHost\|runtimes" | sed 's/^/output: /' || true

declare -a clean_with clean_without noop_with noop_without
declare -a cpu_clean_with cpu_clean_without cpu_noop_with cpu_noop_without
for ((i = 0; i < runs; i++)); do
  for app in with without; do
    rm -rf "$work/$app/bin" "$work/$app/obj"
    (cd "$work/$app" && dotnet restore --disable-build-servers -v:q >/dev/null)
    res=$(build "$app"); read -r wall cpu <<<"$res"; eval "clean_$app+=($wall); cpu_clean_$app+=($cpu)"
    res=$(build "$app"); read -r wall cpu <<<"$res"; eval "noop_$app+=($wall); cpu_noop_$app+=($cpu)"
  done
  echo "run $((i + 1))/$runs: clean ${clean_with[$i]}s vs ${clean_without[$i]}s (cpu ${cpu_clean_with[$i]}s vs ${cpu_clean_without[$i]}s)," \
    "no-op ${noop_with[$i]}s vs ${noop_without[$i]}s (cpu ${cpu_noop_with[$i]}s vs ${cpu_noop_without[$i]}s), load $(cut -d' ' -f1 /proc/loadavg)"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ratios() { # a[] b[] -> per-run ratios
  local -n a=$1 b=$2
  for ((i = 0; i < ${#a[@]}; i++)); do awk -v x="${a[$i]}" -v y="${b[$i]}" 'BEGIN { printf "%.4f\n", x / y }'; done
}
report() { # name with[] without[]
  local r; mapfile -t r < <(ratios "$2" "$3")
  local -n w=$2 o=$3
  printf '%-11s with I2sGen %6.2fs  without %6.2fs  ratio of medians %5.3fx  per-run ratios: median %5.3fx, min %5.3fx, max %5.3fx\n' \
    "$1" "$(median "${w[@]}")" "$(median "${o[@]}")" \
    "$(awk -v x="$(median "${w[@]}")" -v y="$(median "${o[@]}")" 'BEGIN { printf "%.4f", x / y }')" \
    "$(median "${r[@]}")" "$(printf '%s\n' "${r[@]}" | sort -g | head -1)" "$(printf '%s\n' "${r[@]}" | sort -g | tail -1)"
}
echo "== $runs runs each, alternating, build servers ${servers[*]:-on}; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
report clean clean_with clean_without
report no-op noop_with noop_without
report 'clean (cpu)' cpu_clean_with cpu_clean_without
report 'no-op (cpu)' cpu_noop_with cpu_noop_without

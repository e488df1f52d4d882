#!/usr/bin/env bash
# Times `eval` (and `validate`) as whole processes on a generated corpus, start-up included.
# Usage: tests/EvalHarness.Benchmarks/scale.sh [COUNT] [WORKDIR]   (defaults: 1000000, /tmp/evalharness-scale)
# Needs /usr/bin/time (Debian package 'time') for peak memory; numbers go to docs/performance.md.
# The Native AOT build needs a C compiler and linker (clang, or gcc); without one, only the ReadyToRun build is timed.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
work=${2:-/tmp/evalharness-scale}
rm -rf "$work" && mkdir -p "$work"
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

# The tool as it is deployed for large runs: compiled ahead of time to native code (Native AOT), so no code is
# compiled during the run. See "Native AOT" in docs/performance.md.
linker=$(command -v clang || ls /usr/bin/clang-[0-9]* 2> /dev/null | sort -V | tail -n 1 || command -v gcc || true)
if [ -n "$linker" ]; then
  dotnet publish src/EvalHarness.Cli -c Release -r "$rid" -p:PublishAot=true -p:CppCompilerAndLinker="$(basename "$linker")" \
    -o "$work/tool-aot" -v q -nologo > /dev/null
  cli="$work/tool-aot/eval-harness"
else
  echo "no clang or gcc found: Native AOT skipped, the ReadyToRun build is the tool measured"
fi
# Published for this platform without a native linker: precompiled (ReadyToRun), hot code recompiled as it runs.
dotnet publish src/EvalHarness.Cli -c Release -r "$rid" --self-contained false -o "$work/tool" -v q -nologo > /dev/null
r2r="$work/tool/eval-harness"
cli=${cli:-$r2r}
# The plain Release build, what `dotnet run -c Release` runs, for comparison.
dotnet build src/EvalHarness.Cli -c Release -v q -nologo > /dev/null
built="dotnet src/EvalHarness.Cli/bin/Release/net10.0/eval-harness.dll"

echo "== generate $count scenarios"
$cli generate --count "$count" --seed 1 --out "$work/corpus"
# Bogus fills name templates by reflection, which a trimmed native build must keep: the same seed, the same bytes.
$built generate --count 10000 --seed 2 --out "$work/corpus-built" > /dev/null
$cli generate --count 10000 --seed 2 --out "$work/corpus-tool" > /dev/null
for f in scenarios.csv labels.csv; do
  cmp -s "$work/corpus-built/$f" "$work/corpus-tool/$f" || { echo "generate differs from the plain build: $f"; exit 1; }
done

measure() {
  local name=$1; shift
  /usr/bin/time -f "$name: %e s wall, %M KB peak RSS" "$@" > "$work/$name.log"
}
echo "== validate"
measure validate $cli validate --corpus "$work/corpus"
echo "== eval"
measure eval $cli eval --corpus "$work/corpus" --out "$work/reports"
tail -n 12 "$work/eval.log"
if [ "$cli" != "$r2r" ]; then
  echo "== eval with the ReadyToRun build"
  measure eval-r2r $r2r eval --corpus "$work/corpus" --out "$work/reports-r2r"
fi
echo "== eval with the plain Release build (not precompiled)"
measure eval-built $built eval --corpus "$work/corpus" --out "$work/reports-built"
# The CLI turns the runtime's tiering delay off in its runtimeconfig.json; this run puts the default back, to show
# what the setting is worth (see "Tiered compilation on long runs" in docs/performance.md).
echo "== eval with the ReadyToRun build and the runtime's default tiering delay"
DOTNET_TC_CallCountingDelayMs=100 measure eval-default-tiering $r2r eval --corpus "$work/corpus" --out "$work/reports-default-tiering"
# However it was compiled, the reports must be the same bytes.
for other in reports-built reports-r2r; do
  [ -d "$work/$other" ] || continue
  for f in "$work"/reports/*; do
    cmp -s "$f" "$work/$other/$(basename "$f")" || { echo "differs from $other: $(basename "$f")"; exit 1; }
  done
done

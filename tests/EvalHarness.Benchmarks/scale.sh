#!/usr/bin/env bash
# Times `eval` (and `validate`) as whole processes on a generated corpus, start-up included.
# Usage: tests/EvalHarness.Benchmarks/scale.sh [COUNT] [WORKDIR]   (defaults: 1000000, /tmp/evalharness-scale)
# Needs /usr/bin/time (Debian package 'time') for peak memory; numbers go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
work=${2:-/tmp/evalharness-scale}
rm -rf "$work" && mkdir -p "$work"

# The tool as it is deployed for large runs: published for this platform, so precompiled (ReadyToRun).
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish src/EvalHarness.Cli -c Release -r "$rid" --self-contained false -o "$work/tool" -v q -nologo > /dev/null
cli="$work/tool/eval-harness"
# The plain Release build, what `dotnet run -c Release` runs, for comparison.
dotnet build src/EvalHarness.Cli -c Release -v q -nologo > /dev/null
built="dotnet src/EvalHarness.Cli/bin/Release/net10.0/eval-harness.dll"

echo "== generate $count scenarios"
$cli generate --count "$count" --seed 1 --out "$work/corpus"

measure() {
  local name=$1; shift
  /usr/bin/time -f "$name: %e s wall, %M KB peak RSS" "$@" > "$work/$name.log"
}
echo "== validate"
measure validate $cli validate --corpus "$work/corpus"
echo "== eval"
measure eval $cli eval --corpus "$work/corpus" --out "$work/reports"
tail -n 12 "$work/eval.log"
echo "== eval with the plain Release build (not precompiled)"
measure eval-built $built eval --corpus "$work/corpus" --out "$work/reports-built"
# The CLI turns the runtime's tiering delay off in its runtimeconfig.json; this run puts the default back, to show
# what the setting is worth (see "Tiered compilation on long runs" in docs/performance.md).
echo "== eval with the runtime's default tiering delay"
DOTNET_TC_CallCountingDelayMs=100 measure eval-default-tiering $cli eval --corpus "$work/corpus" --out "$work/reports-default-tiering"
# Precompiled or not, the reports must be the same bytes.
for f in "$work"/reports/*; do
  cmp -s "$f" "$work/reports-built/$(basename "$f")" || { echo "differs from the plain build: $(basename "$f")"; exit 1; }
done

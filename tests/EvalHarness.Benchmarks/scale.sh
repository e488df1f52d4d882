#!/usr/bin/env bash
# Times `eval` (and `validate`) as whole processes on a generated corpus, start-up included.
# Usage: tests/EvalHarness.Benchmarks/scale.sh [COUNT] [WORKDIR]   (defaults: 1000000, /tmp/evalharness-scale)
# Needs /usr/bin/time (Debian package 'time') for peak memory; numbers go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
work=${2:-/tmp/evalharness-scale}
dotnet build src/EvalHarness.Cli -c Release -v q -nologo > /dev/null
cli="dotnet src/EvalHarness.Cli/bin/Release/net10.0/eval-harness.dll"
rm -rf "$work" && mkdir -p "$work"

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
# The runtime's tiering delay keeps a long run's hot code unoptimised for its first seconds; the variable turns the
# delay off (see "Tiered compilation on long runs" in docs/performance.md).
echo "== validate and eval with DOTNET_TC_CallCountingDelayMs=0"
DOTNET_TC_CallCountingDelayMs=0 measure validate-tuned $cli validate --corpus "$work/corpus"
DOTNET_TC_CallCountingDelayMs=0 measure eval-tuned $cli eval --corpus "$work/corpus" --out "$work/reports-tuned"

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
# The tool as it is deployed for large runs: compiled ahead of time to native code (Native AOT), so no code is
# compiled during the run; without a native linker, the ReadyToRun build. Beside it, the plain Release build.
source tests/EvalHarness.Benchmarks/publish-tools.sh "$work"
cli=${aot:-$r2r}

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

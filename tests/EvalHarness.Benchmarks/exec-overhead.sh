#!/usr/bin/env bash
# What protocol 1 costs beyond the program's own time: COUNT generated scenarios through a trivial echo advisor
# (echo-advisor.py), against the same program fed the same request lines from a file, and the built-in advisor's
# eval of the same corpus (the harness's own work: reading, reports, start-up); with each build of the tool: Native AOT
# (when clang or gcc is installed), ReadyToRun and the plain Release build.
# Usage: tests/EvalHarness.Benchmarks/exec-overhead.sh [COUNT] [WORKDIR]   (defaults: 10000, /tmp/evalharness-exec)
# Numbers go to docs/performance.md ("External advisors").
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
work=${2:-/tmp/evalharness-exec}
rm -rf "$work" && mkdir -p "$work"
python=$(python3 -c 'import sys; print(sys.executable)')   # the interpreter itself, not a version manager's shim
echo_advisor="$PWD/tests/EvalHarness.Benchmarks/echo-advisor.py"
source tests/EvalHarness.Benchmarks/publish-tools.sh "$work"
$r2r generate --count "$count" --seed 1 --out "$work/corpus" > /dev/null

# The request lines the harness sends, for the program alone.
"$python" - "$work/corpus/scenarios.csv" > "$work/requests.jsonl" <<'PY'
import csv, json, sys
def number(text):
    return int(text.replace(",", "")) if text else None
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        print(json.dumps({"id": row["id"], "repeat": 0, "text": row["text"], "daily_requests": number(row["daily_requests"]),
                          "tokens_per_request": number(row["tokens_per_request"]), "training_examples": number(row["training_examples"]),
                          "tags": [t for t in row["tags"].split(";") if t]}, ensure_ascii=False))
PY

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
program=$(seconds sh -c "'$python' '$echo_advisor' < '$work/requests.jsonl'")
printf "%-42s %6.2f s\n" "program alone ($count requests from a file)" "$program"
for build in ${aot:+aot} r2r built; do
  case $build in aot) cli=$aot ;; r2r) cli=$r2r ;; built) cli=$built ;; esac
  echo "== the $build build"
  builtin=$(seconds $cli eval --corpus "$work/corpus" --out "$work/framework-$build")
  printf "%-42s %6.2f s\n" "eval, built-in advisor" "$builtin"
  for concurrency in 2 4 16; do
    exec_s=$(seconds $cli eval --corpus "$work/corpus" --out "$work/exec-$build-$concurrency" --no-cache --concurrency "$concurrency" \
      --advisor "exec:'$python' '$echo_advisor'")
    beyond=$(echo "($exec_s - $program) * 1000000 / $count" | bc)
    protocol=$(echo "($exec_s - $program - $builtin) * 1000000 / $count" | bc)
    printf "%-42s %6.2f s   %4s µs/scenario beyond the program, %4s µs beyond the program and the built-in run\n" \
      "eval, exec echo, --concurrency $concurrency" "$exec_s" "$beyond" "$protocol"
  done
  # Every run answered: the echo program says rag to every request.
  grep -q ',rag,' "$work/exec-$build-16/results.csv"
done

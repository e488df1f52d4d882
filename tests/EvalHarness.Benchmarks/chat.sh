#!/usr/bin/env bash
# Times `eval --advisor openai:…` against the tests' OpenAI-compatible server on 127.0.0.1, whole processes, start-up
# included: 1,000 scenarios at 100 ms a reply with --concurrency 16 (the latency allows 1000 × 0.1 s / 16 = 6.25 s),
# then the same run again, answered from the response cache; for the Native AOT build (when clang or gcc is installed)
# and the ReadyToRun build. Then, untimed, each build against a server refusing every 50th request (429 with
# Retry-After: 0 and 500 in turn): the same reports after the retries.
# Needs /usr/bin/time (Debian package 'time').
# Usage: tests/EvalHarness.Benchmarks/chat.sh [COUNT] [LATENCY_MS] [CONCURRENCY] [WORKDIR]
#        (defaults: 1000, 100, 16, /tmp/evalharness-chat). Numbers go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000}
latency=${2:-100}
concurrency=${3:-16}
work=${4:-/tmp/evalharness-chat}
rm -rf "$work" && mkdir -p "$work"

# The tool as it is deployed, and the server from the benchmark program.
source tests/EvalHarness.Benchmarks/publish-tools.sh "$work"
builds="${aot:+aot} r2r"
tool() { if [ "$1" = aot ]; then echo "$aot"; else echo "$r2r"; fi; }
dotnet build tests/EvalHarness.Benchmarks -c Release -v q -nologo > /dev/null
$r2r generate --count "$count" --seed 1 --out "$work/corpus" > /dev/null

coproc SERVER { exec dotnet tests/EvalHarness.Benchmarks/bin/Release/net10.0/EvalHarness.Benchmarks.dll chat-server --latency-ms "$latency"; }
server_pid=$SERVER_PID
server_in=${SERVER[1]}
# The server stops when its standard input closes (Kestrel keeps SIGTERM for itself).
trap 'exec {server_in}>&- 2> /dev/null; wait "$server_pid" 2> /dev/null || true' EXIT
read -r _ endpoint <&"${SERVER[0]}"
stats() { echo stats >&"$server_in"; read -r line <&"${SERVER[0]}"; echo "$line"; }

# Wall and CPU time of one eval; with the built-in advisor first, the same corpus's fixed cost (start-up, reading,
# reports) on this machine at this moment, so a shared machine's load can be told apart from the cost of asking.
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/$name.time" "$@" > "$work/$name.log"
  read -r wall user sys < "$work/$name.time"
  printf '%s: %s s wall, %s s user + %s s sys CPU' "$name" "$wall" "$user" "$sys"
}
# One eval of BUILD against the server, named NAME; each build has a cache of its own, so each build's first run asks.
run() {
  local name=$1 build=$2; shift 2
  # No key: a local server takes the placeholder; unset so a developer's own key is not sent to the test server.
  measure "$name" env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$(tool "$build")" eval --corpus "$work/corpus" --out "$work/$name" \
    --advisor openai:bench --endpoint "$endpoint" --concurrency "$concurrency" --cache-dir "$work/cache-$build" "$@"
  echo "; server: $(stats)"
}
# Whether run $2 wrote the same reports as run $1, but for the files named after them (advisor.log, which notes retries).
same() {
  local a=$1 b=$2; shift 2
  for f in "$work/$a"/*; do
    for skip in "$@"; do [ "$(basename "$f")" != "$skip" ] || continue 2; done
    cmp -s "$f" "$work/$b/$(basename "$f")" || { echo "$b's $(basename "$f") differs from $a's"; exit 1; }
  done
  echo "$b's reports are byte-identical to $a's${1:+ (but for $*)}"
}

ideal=$(echo "scale=3; $count * $latency / 1000 / $concurrency" | bc)
# The server is a fresh process whose first requests compile Kestrel's code; a real endpoint is warm. A small run
# first, not timed and not cached, warms it, so the timed runs measure the client.
$r2r generate --count "$concurrency" --seed 2 --out "$work/warm-corpus" > /dev/null
env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$r2r" eval --corpus "$work/warm-corpus" --out "$work/warm" --advisor openai:bench \
  --endpoint "$endpoint" --concurrency "$concurrency" --no-cache > /dev/null
echo "== warm-up, $concurrency scenarios (not timed): $(stats)"
echo "== load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "== $count scenarios, $latency ms a reply, concurrency $concurrency: the latency allows $ideal s"
for build in $builds; do
  echo "== the $build build"
  measure "framework-$build" "$(tool "$build")" eval --corpus "$work/corpus" --out "$work/framework-$build"
  echo " (the built-in advisor: the run's fixed cost)"
  run "asked-$build" "$build"
  grep -E "requests sent|tokens" "$work/asked-$build.log"
  run "cached-$build" "$build"
  grep -E "requests sent" "$work/cached-$build.log"
  same "asked-$build" "cached-$build"
done
[ -z "$aot" ] || same asked-r2r asked-aot

echo "== every 50th request refused (429 and 500 in turn), not timed"
echo "trouble 50" >&"$server_in"
for build in $builds; do
  run "troubled-$build" "$build" --no-cache
  grep -E "requests sent" "$work/troubled-$build.log"
  echo "  advisor.log: $(grep -c ' 429 ' "$work/troubled-$build/advisor.log") retries after a 429, $(grep -c ' 500 ' "$work/troubled-$build/advisor.log") after a 500"
  same "asked-$build" "troubled-$build" advisor.log
done

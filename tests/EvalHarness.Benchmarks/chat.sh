#!/usr/bin/env bash
# Times `eval --advisor openai:…` against the tests' OpenAI-compatible server on 127.0.0.1, whole processes, start-up
# included: 1,000 scenarios at 100 ms a reply with --concurrency 16 (the latency allows 1000 × 0.1 s / 16 = 6.25 s),
# then the same run again, answered from the response cache.
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
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')

# The tool as it is deployed (published for this platform, ReadyToRun), and the server from the benchmark program.
dotnet publish src/EvalHarness.Cli -c Release -r "$rid" --self-contained false -o "$work/tool" -v q -nologo > /dev/null
dotnet build tests/EvalHarness.Benchmarks -c Release -v q -nologo > /dev/null
cli="$work/tool/eval-harness"
$cli generate --count "$count" --seed 1 --out "$work/corpus" > /dev/null

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
run() {
  local name=$1; shift
  # No key: a local server takes the placeholder; unset so a developer's own key is not sent to the test server.
  measure "$name" env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$cli" eval --corpus "$work/corpus" --out "$work/$name" \
    --advisor openai:bench --endpoint "$endpoint" --concurrency "$concurrency" --cache-dir "$work/cache" "$@"
  echo "; server: $(stats)"
}

ideal=$(echo "scale=3; $count * $latency / 1000 / $concurrency" | bc)
# The server is a fresh process whose first requests compile Kestrel's code; a real endpoint is warm. A small run
# first, not timed and not cached, warms it, so the timed runs measure the client.
$cli generate --count "$concurrency" --seed 2 --out "$work/warm-corpus" > /dev/null
env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$cli" eval --corpus "$work/warm-corpus" --out "$work/warm" --advisor openai:bench \
  --endpoint "$endpoint" --concurrency "$concurrency" --no-cache > /dev/null
echo "== warm-up, $concurrency scenarios (not timed): $(stats)"
echo "== load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
measure framework "$cli" eval --corpus "$work/corpus" --out "$work/framework"
echo " (the built-in advisor: the run's fixed cost)"
echo "== $count scenarios, $latency ms a reply, concurrency $concurrency: the latency allows $ideal s"
run asked
grep -E "requests sent|tokens" "$work/asked.log"
echo "== the same run again, from the cache"
run cached
grep -E "requests sent" "$work/cached.log"
for f in "$work"/asked/*; do
  cmp -s "$f" "$work/cached/$(basename "$f")" || { echo "the cached run's $(basename "$f") differs"; exit 1; }
done
echo "the cached run's reports are byte-identical"

#!/usr/bin/env bash
# Compares builds of the CLI on one corpus by paired runs: each round runs every build once, in turn, so builds that are
# compared ran in the same spell of a shared machine, whose speed drifts by a quarter within minutes. Prints each run
# (round, build, wall s, user s, system s, peak KB), then per build the range, mean and median of the wall time, mean
# CPU and peak memory, and against the first build the paired change and how many rounds it was faster. The reports of
# every build are compared byte for byte with the first build's, round by round: a faster build that writes other bytes
# is not a faster build of the same thing.
# Usage: tests/EvalHarness.Benchmarks/pairs.sh ROUNDS CORPUS BUILD [BUILD ...]
#   BUILD: an eval-harness executable, e.g. a Native AOT build from publish-tools.sh; extra environment may be given as
#   "VAR=value /path/to/eval-harness".
# Needs /usr/bin/time (Debian package 'time') and python3. See "Back towards the budget (session 14)" in docs/performance.md.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 ROUNDS CORPUS BUILD [BUILD ...]" >&2
  exit 2
fi
rounds=$1
corpus=$2
shift 2
builds=("$@")
work=$(mktemp -d /tmp/evalharness-pairs-XXXXXX)
trap 'rm -rf "$work"' EXIT
for round in $(seq 1 "$rounds"); do
  for k in "${!builds[@]}"; do
    rm -rf "$work/reports-$k"
    # shellcheck disable=SC2086 # a build may carry VAR=value words before the program
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" env ${builds[$k]} eval --corpus "$corpus" --out "$work/reports-$k" > /dev/null
    echo "$round $k $(cat "$work/time")"
    # Every file the same bytes, and no file only in one of the two folders.
    if [ "$k" -gt 0 ] && ! diff -rq "$work/reports-0" "$work/reports-$k" >&2; then
      echo "build $k wrote other reports than build 0" >&2
      exit 1
    fi
  done
done | tee "$work/runs" | sed 's/^/run /'
python3 - "$work/runs" "${builds[@]}" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    round_, build, wall, user, system, peak = line.split()
    runs.setdefault(int(build), {})[int(round_)] = (float(wall), float(user) + float(system), int(peak))
names = sys.argv[2:]
for build in sorted(runs):
    walls = [r[0] for r in runs[build].values()]
    cpu = statistics.mean(r[1] for r in runs[build].values())
    peaks = [r[2] // 1024 for r in runs[build].values()]
    line = (f"build {build} ({names[build]}): wall {min(walls):.2f}-{max(walls):.2f} s, mean {statistics.mean(walls):.3f}, "
            f"median {statistics.median(walls):.3f}; user+system mean {cpu:.2f} s; peak {min(peaks)}-{max(peaks)} MB")
    if build > 0:
        rounds = [r for r in runs[build] if r in runs[0]]
        change = [runs[build][r][0] - runs[0][r][0] for r in rounds]
        cpu_change = [runs[build][r][1] - runs[0][r][1] for r in rounds]
        line += (f"; against build 0: wall {statistics.mean(change):+.3f} s mean, {statistics.median(change):+.3f} median, "
                 f"faster in {sum(c < 0 for c in change)} of {len(change)}; CPU {statistics.mean(cpu_change):+.3f} s")
    print(line)
EOF

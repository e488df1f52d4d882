#!/usr/bin/env bash
# The README's "Adding a scenario", followed step by step on a copy of the repository: two scenarios added in a
# German Excel (its "CSV UTF-8" writes ';', a byte-order mark and CRLF, the whole file anew), validate, dotnet test,
# accept; then the tests pass in CI's strict mode, the gate passes, and git shows two added lines per corpus file.
# Also checks that CI's test step shows a failing test's message (the snapshots' how-to-accept). Non-zero on failure.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib.sh
. "$here/.ci/lib.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The author's machine: snapshots are written, not refused, until the last step says otherwise.
unset SNAPSHOOTER_STRICT_MODE

fail() { echo "authoring loop FAILED after ${SECONDS}s: $*"; exit 1; }
stage() { echo "--- [${SECONDS}s] $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/repository"
mkdir "$copy"

stage "a copy of the repository (what git would commit), with a history of its own"
(cd "$here" && git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done \
  | tar --null -T - -cf -) | tar -xf - -C "$copy"
cd "$copy"
git init -q
git add -A
git -c user.name=ci -c user.email=ci@localhost commit -qm "the repository as it is"

stage "steps 1-3: two scenarios added in a spreadsheet, saved as CSV UTF-8 by a German Excel"
python3 - <<'PY'
import csv, io

def excel_csv_utf8_semicolon(path, new_rows):
    with open(path, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    out = io.StringIO()
    csv.writer(out, delimiter=';', lineterminator='\r\n').writerows(rows + new_rows)
    with open(path, 'wb') as f:
        f.write(b'\xef\xbb\xbf' + out.getvalue().encode('utf-8'))

excel_csv_utf8_semicolon('fixtures/corpus/scenarios.csv', [
    ['bakery-weekly-specials', "A bakery wants its website chatbot to answer questions about this week's specials and opening hours, which change every Monday.",
     '', '', '', 'new-knowledge;recent-data', 'authored', ''],
    ['helpdesk-json-tickets', 'Our helpdesk tool must turn every customer email into a ticket in our exact JSON schema, always with the same fields; we have 2,000 labelled examples.',
     '', '', '2,000', 'format', 'authored', 'Saved from a German Excel: ";" between fields.'],
])
excel_csv_utf8_semicolon('fixtures/corpus/labels.csv', [
    ['bakery-weekly-specials', 'ml-engineer', 'rag', 'The specials change every week, so they are looked up, not trained in.'],
    ['helpdesk-json-tickets', 'ml-engineer', 'fine-tuning', 'The same schema every time is a format problem, and there are enough examples.'],
])
PY
head -c 3 fixtures/corpus/scenarios.csv | od -An -tx1 | grep -q "ef bb bf" || fail "the export has no byte-order mark"
grep -q $'\r' fixtures/corpus/labels.csv || fail "the export has no CRLF"

stage "step 4: dotnet run --project src/EvalHarness.Cli -- validate"
dotnet run --project src/EvalHarness.Cli -- validate || fail "validate refused the spreadsheet's save"

stage "step 5: dotnet test (CI's test command): the report snapshots fail, each with its message"
log="$work/first-test-run.log"
if ci_tests > "$log" 2>&1; then fail "dotnet test passed before accept; the new scenarios changed nothing?"; fi
grep -E "^\s+Failed " "$log" | sed 's/ \[[0-9 a-z]*\]$//'
grep -q "report results.csv of the bundled corpus changed:" "$log" || { cat "$log"; fail "the failing snapshot test's message is not in the test log"; }
grep -q "run 'dotnet run --project src/EvalHarness.Cli -- accept'" "$log" || { cat "$log"; fail "the test log does not say how to accept"; }
grep -E "Failed!|Passed!" "$log"

stage "step 6: dotnet run --project src/EvalHarness.Cli -- accept"
dotnet run --project src/EvalHarness.Cli -- accept | tee "$work/accept.log" || fail "accept failed"
grep -q "New scenarios (2):" "$work/accept.log" || fail "accept did not show the two new scenarios"

stage "step 7: dotnet test, with strict snapshots as in CI"
SNAPSHOOTER_STRICT_MODE=true ci_tests > "$log" 2>&1 || { cat "$log"; fail "the tests do not pass after accept"; }
grep -E "Failed!|Passed!" "$log"
dotnet run --project src/EvalHarness.Cli --no-build -- eval --gate fixtures/gate.json --baseline reports/baseline > /dev/null \
  || fail "the gate does not pass after accept"

stage "step 8: what there is to commit"
git status --short
numstat=$(git diff --numstat -- fixtures/corpus)
echo "$numstat"
[ "$numstat" = $'2\t0\tfixtures/corpus/labels.csv\n2\t0\tfixtures/corpus/scenarios.csv' ] \
  || fail "the corpus files' diff is not the two added rows each"
unexpected=$(git status --porcelain | grep -vE '^( M|\?\?) (fixtures/corpus/(scenarios|labels)\.csv|reports/baseline/(results|summary)\.csv|tests/EvalHarness\.Tests/(Advice/Framework|Reports)/__snapshots__/[^/]+\.snap)$' || true)
[ -z "$unexpected" ] || fail "accept changed files it should not have: $unexpected"
for id in bakery-weekly-specials helpdesk-json-tickets; do
  [ -f "tests/EvalHarness.Tests/Advice/Framework/__snapshots__/$id.snap" ] || fail "no advice snapshot for $id"
done
echo "authoring loop: the README's steps end green, with a two-line diff per corpus file (${SECONDS}s)"

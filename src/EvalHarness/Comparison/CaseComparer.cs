using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Comparison;

/// <summary>
/// Compares two recorded runs scenario by scenario, streaming both: rows are matched by id as they are read, so two runs in
/// the same order (the same corpus, or one grown at the end) hold nothing but the changes, and runs in different orders hold
/// only the rows still waiting for their partner.
/// </summary>
public static class CaseComparer
{
    /// <summary>How many explanation-only changes the result keeps for people to read; all are counted, and all reach the callback.</summary>
    public const int KeptExplanationChanges = 1000;

    /// <summary>
    /// Compares <paramref name="before"/> with <paramref name="after"/>. Every case, in the new run's order (removed scenarios
    /// last, in the base run's order), is passed to <paramref name="eachCase"/>; a row that cannot be read becomes a problem,
    /// and the comparison is <c>null</c> when there is any.
    /// </summary>
    public static (CaseComparison? Comparison, IReadOnlyList<CorpusProblem> Problems) Compare(
        RecordedRun before, RecordedRun after, Action<ScenarioComparison>? eachCase = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var problems = new List<CorpusProblem>();
        var tally = new Tally(before.Recorded & after.Recorded, eachCase);

        // Rows whose partner has not been read yet, by id; in the same order on both sides these stay empty.
        var waitingBefore = new Dictionary<string, (long Order, RecordedScenario Row)>(StringComparer.Ordinal);
        var waitingAfter = new Dictionary<string, (long Order, RecordedScenario Row)>(StringComparer.Ordinal);
        using (var baseRows = before.Scenarios(problems).GetEnumerator())
        {
            long order = 0;
            foreach (var now in after.Scenarios(problems))
            {
                order++;
                var then = baseRows.MoveNext() ? baseRows.Current : null;
                if (then is not null && then.Id == now.Id)
                {
                    tally.Pair(then, now);
                    continue;
                }
                if (waitingBefore.Remove(now.Id, out var earlier))
                    tally.Pair(earlier.Row, now);
                else
                    waitingAfter.TryAdd(now.Id, (order, now));
                if (then is null)
                    continue;
                if (waitingAfter.Remove(then.Id, out var later))
                    tally.Pair(then, later.Row);
                else
                    waitingBefore.TryAdd(then.Id, (order, then));
            }
            while (baseRows.MoveNext())
            {
                var then = baseRows.Current;
                order++;
                if (waitingAfter.Remove(then.Id, out var later))
                    tally.Pair(then, later.Row);
                else
                    waitingBefore.TryAdd(then.Id, (order, then));
            }
        }

        foreach (var (_, row) in waitingAfter.Values.OrderBy(w => w.Order))
            tally.Add(ScenarioComparison.Added(row));
        foreach (var (_, row) in waitingBefore.Values.OrderBy(w => w.Order))
            tally.Add(ScenarioComparison.Removed(row));
        if (problems.Count > 0)
            return (null, problems);
        // An aspect neither run records (an advisor error, before advisors could fail) is not worth a warning.
        return (tally.ToComparison(before, after, (before.Recorded | after.Recorded) & ~(before.Recorded & after.Recorded)), problems);
    }

    /// <summary>The counts kept while cases stream past.</summary>
    private sealed class Tally(CaseChanges compared, Action<ScenarioComparison>? eachCase)
    {
        private readonly int[] _outcomes = new int[Enum.GetValues<CaseOutcome>().Length];
        private readonly ConfusionMatrix _confusionBefore = new(), _confusionAfter = new();
        private readonly List<ScenarioComparison> _changes = [];
        private long _bothRight, _regressed, _fixed, _bothWrong;
        private int _shared, _textChanged, _panelChanged, _predictionChanged, _explanationChanged;

        public void Pair(RecordedScenario before, RecordedScenario after)
        {
            var comparison = ScenarioComparison.Of(before, after, compared);
            _shared++;
            if ((comparison.Changes & CaseChanges.Text) != 0) _textChanged++;
            if ((comparison.Changes & CaseChanges.Panel) != 0) _panelChanged++;
            if (!before.Contested && !after.Contested)
            {
                if (before.Correct) { if (after.Correct) _bothRight++; else _regressed++; }
                else if (after.Correct) _fixed++;
                else _bothWrong++;
                if (before.Predicted is { } p1) _confusionBefore.Add(before.Expected!.Value, p1);
                if (after.Predicted is { } p2) _confusionAfter.Add(after.Expected!.Value, p2);
            }
            Add(comparison);
        }

        public void Add(ScenarioComparison comparison)
        {
            _outcomes[(int)comparison.Outcome]++;
            var predictionChanged = (comparison.Changes & CaseChanges.Prediction) != 0;
            if (predictionChanged)
                _predictionChanged++;
            else if (comparison.ExplanationOnly)
                _explanationChanged++;
            var labelChange = predictionChanged || comparison.Outcome is CaseOutcome.Fixed or CaseOutcome.Regressed or CaseOutcome.Added or CaseOutcome.Removed;
            if (labelChange || (comparison.ExplanationOnly && _explanationChanged <= KeptExplanationChanges))
                _changes.Add(comparison);
            eachCase?.Invoke(comparison);
        }

        public CaseComparison ToComparison(RecordedRun before, RecordedRun after, CaseChanges notCompared)
        {
            var sameFiles = before.Stamp("scenarios_sha256") is { Length: > 0 } scenarios && scenarios == after.Stamp("scenarios_sha256")
                && before.Stamp("labels_sha256") is { Length: > 0 } labels && labels == after.Stamp("labels_sha256");
            var delta = new CorpusDelta(_shared, _outcomes[(int)CaseOutcome.Added], _outcomes[(int)CaseOutcome.Removed], _textChanged, _panelChanged, sameFiles);
            return new CaseComparison(before, after, delta, new PairedOutcomes(_bothRight, _regressed, _fixed, _bothWrong), _outcomes,
                _predictionChanged, _explanationChanged, _confusionBefore, _confusionAfter, _changes, notCompared);
        }
    }
}

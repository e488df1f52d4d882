using EvalHarness.Comparison;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Tests.Comparison;
using EvalHarness.Tests.Evaluation;

namespace EvalHarness.Tests.Gate;

public sealed class RunComparisonTests
{
    private const Approach P = Approach.Prompting, R = Approach.Rag, F = Approach.FineTuning;

    private static readonly EvaluationRun Current =
        CorpusEvaluator.Evaluate(HandWorkedCorpus.Corpus, new FixedAdvisor(HandWorkedCorpus.Predictions));

    // Current predictions: s1 F (correct), s2 P (wrong), s3 R (correct), s4 P (correct), s5 R (contested), s6 F (wrong).
    private static readonly RecordedRun Baseline = RecordedRun.FromRecords("baseline",
    [
        Recorded.Row("s1", F, F), // unchanged
        Recorded.Row("s2", F, F), // was correct, now wrong: regression
        Recorded.Row("s3", R, P), // was wrong, now correct: fix
        Recorded.Row("s5", null, P), // contested, prediction changed
        Recorded.Row("s6", R, P), // wrong before and now, prediction changed
        Recorded.Row("gone", P, P), // removed from the corpus
    ], new Dictionary<string, string> { ["accuracy"] = "0.5000", ["macro_f1"] = "" });

    private static RunComparison Compare(RecordedRun baseline, EvaluationRun current) =>
        RunComparison.From(CaseComparer.Compare(baseline, Recorded.Run("current", current)).Comparison!);

    [Fact]
    public void Compare_MixedChanges_ClassifiesEachScenario()
    {
        var comparison = Compare(Baseline, Current);

        Assert.Equal(
            [("s2", ChangeKind.Regression), ("s3", ChangeKind.Fix), ("s5", ChangeKind.Changed), ("s6", ChangeKind.Changed), ("s4", ChangeKind.New), ("gone", ChangeKind.Removed)],
            comparison.Changes.Select(c => (c.ScenarioId, c.Change)));
    }

    [Fact]
    public void Compare_MixedChanges_RunsMcNemarOnScenariosScoredInBoth()
    {
        var comparison = Compare(Baseline, Current);

        Assert.Equal(4, comparison.PairedScored); // s1, s2, s3, s6
        Assert.Equal(1.0, comparison.McNemarP, 4); // one regression, one fix: b = c = 1
    }

    [Fact]
    public void Compare_TwoRegressionsAndNoFix_GivesMcNemarOfAHalf()
    {
        // s2 and s6 were right and are now wrong; s1 and s3 are right in both. With b = c the p-value is 1 whatever the
        // counts, so only unequal counts show that they reach the test.
        var baseline = Recorded.Run("baseline", Recorded.Row("s1", F, F), Recorded.Row("s2", F, F), Recorded.Row("s3", R, R), Recorded.Row("s6", R, R));

        var comparison = Compare(baseline, Current);

        Assert.Equal(["s2", "s6"], comparison.Regressions.Select(c => c.ScenarioId));
        Assert.Empty(comparison.Fixes);
        Assert.Equal(4, comparison.PairedScored);
        Assert.Equal(0.5, comparison.McNemarP, 4);
    }

    [Fact]
    public void Compare_Metrics_ShowBaselineCurrentAndDelta()
    {
        var comparison = Compare(Baseline, Current);

        var accuracy = comparison.Metrics.Single(m => m.Metric == "accuracy");
        var macroF1 = comparison.Metrics.Single(m => m.Metric == "macro_f1");

        Assert.Equal(0.5, accuracy.Baseline);
        Assert.Equal(0.6, accuracy.Current!.Value, 4);
        Assert.Equal(0.1, accuracy.Delta!.Value, 4);
        Assert.Null(macroF1.Delta);
    }

    [Fact]
    public void Compare_SameRun_HasNoChangeAndPOfOne()
    {
        var same = Recorded.Run("same", Current);

        var comparison = Compare(same, Current);

        Assert.Empty(comparison.Changes);
        Assert.Equal(1.0, comparison.McNemarP);
    }
}

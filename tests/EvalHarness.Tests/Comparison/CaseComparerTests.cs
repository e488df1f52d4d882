using EvalHarness.Comparison;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Comparison;

public sealed class CaseComparerTests
{
    private const Approach P = Approach.Prompting, R = Approach.Rag, F = Approach.FineTuning;

    [Fact]
    public void Compare_EachOutcome_ClassifiesTheScenario()
    {
        var before = Recorded.Run("base", Recorded.Row("right", F, F), Recorded.Row("broke", F, F), Recorded.Row("mended", R, P),
            Recorded.Row("wrong", R, P), Recorded.Row("tied", null, P), Recorded.Row("gone", P, P));
        var after = Recorded.Run("new", Recorded.Row("right", F, F), Recorded.Row("broke", F, P), Recorded.Row("mended", R, R),
            Recorded.Row("wrong", R, F), Recorded.Row("tied", null, R), Recorded.Row("born", P, P));
        var seen = new List<ScenarioComparison>();

        var (comparison, problems) = CaseComparer.Compare(before, after, seen.Add);

        Assert.Empty(problems);
        Assert.Equal(
            [("right", CaseOutcome.StillRight), ("broke", CaseOutcome.Regressed), ("mended", CaseOutcome.Fixed), ("wrong", CaseOutcome.StillWrong),
             ("tied", CaseOutcome.Unscored), ("born", CaseOutcome.Added), ("gone", CaseOutcome.Removed)],
            seen.Select(c => (c.Id, c.Outcome)));
        Assert.Equal(["broke", "mended", "wrong", "tied", "born", "gone"], comparison!.Changes.Select(c => c.Id));
        Assert.Equal(new PairedOutcomes(BothRight: 1, Regressed: 1, Fixed: 1, BothWrong: 1), comparison.Paired);
        Assert.Equal(4, comparison.PredictionChanged);
        Assert.Equal(new CorpusDelta(5, 1, 1, 0, 0, SameCorpusFiles: true), comparison.Delta);
    }

    [Fact]
    public void Compare_EvidenceChangedButNotTheLabel_ShowsAnExplanationChange()
    {
        var before = Recorded.Run("base", Recorded.Row("s", F, F, evidence: "2: cue.format.json \"json\" (+3)"));
        var after = Recorded.Run("new", Recorded.Row("s", F, F, evidence: "2: cue.format.json \"json\" (+3); cue.format.xml \"xml\" (+3)"));

        var comparison = CaseComparer.Compare(before, after).Comparison!;

        var change = Assert.Single(comparison.Changes);
        Assert.Equal(CaseOutcome.StillRight, change.Outcome);
        Assert.Equal(CaseChanges.Evidence, change.Changes);
        Assert.True(change.ExplanationOnly);
        Assert.Equal(["2: cue.format.xml \"xml\" (+3)"], change.EvidenceAdded());
        Assert.Empty(change.EvidenceRemoved());
        Assert.Equal(1, comparison.ExplanationChanged);
    }

    [Fact]
    public void Compare_RunsInDifferentOrders_PairsEveryScenarioById()
    {
        var ids = Enumerable.Range(0, 50).Select(i => $"s{i:00}").ToArray();
        var shuffled = ids.OrderBy(id => id.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995).ToArray();
        var before = Recorded.Run("base", ids.Select(id => Recorded.Row(id, P, P)).ToArray());
        var after = Recorded.Run("new", shuffled.Select(id => Recorded.Row(id, P, id == "s07" ? R : P)).ToArray());

        var comparison = CaseComparer.Compare(before, after).Comparison!;

        Assert.Equal(50, comparison.Delta.Shared);
        Assert.Equal(0, comparison.Delta.Added + comparison.Delta.Removed);
        Assert.Equal(["s07"], comparison.Regressed.Select(c => c.Id));
        Assert.Equal(49, comparison.Count(CaseOutcome.StillRight));
    }

    [Fact]
    public void Compare_DifferentCorpora_WarnsWithTheCountsOfAddedRemovedAndChanged()
    {
        var before = Recorded.Run("base", Recorded.Row("a", P, P), Recorded.Row("b", P, P, text: "Old text."), Recorded.Row("c", P, P), Recorded.Row("d", P, P));
        var after = Recorded.Run("new", Recorded.Row("a", R, P), Recorded.Row("b", P, P, text: "New text."), Recorded.Row("e", P, P));

        var comparison = CaseComparer.Compare(before, after).Comparison!;

        Assert.Equal(
            "the runs evaluated different corpora: compared on the 2 scenarios they share; 1 added, 2 removed, 1 with changed text, 1 with a changed panel",
            Assert.Single(comparison.Warnings));
        Assert.Equal(1, comparison.Paired.Count - 1); // a (right, then wrong against its new panel) and b
        Assert.Equal(["a"], comparison.Regressed.Select(c => c.Id));
    }

    [Fact]
    public void Compare_SameRecords_ChangesNothing()
    {
        var rows = new[] { Recorded.Row("a", P, P), Recorded.Row("b", R, F), Recorded.Row("c", null, F) };

        var comparison = CaseComparer.Compare(Recorded.Run("base", rows), Recorded.Run("new", rows)).Comparison!;

        Assert.Empty(comparison.Changes);
        Assert.Empty(comparison.Warnings);
        Assert.Equal(1.0, comparison.Paired.McNemarP);
        Assert.Equal(0, comparison.Paired.Difference);
    }

    [Fact]
    public void Compare_ConfusionOfBothRuns_CountsScenariosScoredInBoth()
    {
        var before = Recorded.Run("base", Recorded.Row("a", P, P), Recorded.Row("b", R, F), Recorded.Row("c", null, F), Recorded.Row("d", F, F));
        var after = Recorded.Run("new", Recorded.Row("a", P, R), Recorded.Row("b", R, R), Recorded.Row("c", null, F), Recorded.Row("d", F, F));

        var comparison = CaseComparer.Compare(before, after).Comparison!;

        Assert.Equal(3, comparison.ConfusionBefore.Count);
        Assert.Equal(1, comparison.ConfusionBefore[R, F]);
        Assert.Equal(1, comparison.ConfusionAfter[P, R]);
        Assert.Equal(1, comparison.ConfusionAfter[R, R]);
    }
}

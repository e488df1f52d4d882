using EvalHarness.Cli.Authoring;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>
/// One snapshot per scenario of the bundled corpus: any change in advice shows as a failing test with a diff. What is
/// snapshotted is defined once, in <see cref="CorpusSnapshots"/>, which 'accept' writes from.
/// </summary>
public sealed class AdviceSnapshotTests
{
    [Theory]
    [MemberData(nameof(BundledCorpus.ScenarioIds), MemberType = typeof(BundledCorpus))]
    public void Advise_BundledScenario_MatchesSnapshot(string scenarioId)
    {
        var scenario = BundledCorpus.Corpus.Find(scenarioId)!;

        var json = CorpusSnapshots.Advice(scenario);

        TextSnapshot.MatchIn(Path.Combine(RepositoryPaths.Root, CorpusSnapshots.AdviceTests), scenarioId, json, $"advice for scenario '{scenarioId}'");
    }

    [Fact]
    public void Snapshots_EachNamesAScenarioOfTheCorpus()
    {
        // A scenario removed from the corpus takes its snapshot with it ('accept' removes it); one left behind is stale.
        var folder = Path.Combine(RepositoryPaths.Root, CorpusSnapshots.AdviceTests, CorpusSnapshots.SnapshotFolder);

        var orphans = Directory.GetFiles(folder, "*.snap").Select(Path.GetFileNameWithoutExtension)
            .Where(id => BundledCorpus.Corpus.Find(id!) is null).ToArray();

        Assert.True(orphans.Length == 0, $"advice snapshots of scenarios not in the corpus: {string.Join(", ", orphans)}; run 'dotnet run --project src/EvalHarness.Cli -- accept'");
    }
}

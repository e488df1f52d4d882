using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Tests.Snapshots;
using Xunit.Abstractions;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>
/// Accuracy of the advisor against the panel's plurality label (ties skipped), on the bundled corpus and on the blind dev set.
/// The floors sit a few points under the measured accuracy, so a regression in the cue table breaks the build.
/// </summary>
public sealed class AccuracyFloorTests(ITestOutputHelper output)
{
    // Measured: bundled corpus 93/96 (96.9%), blind dev set 42/53 (79.2%). The dev set is never used to tune cues.
    [Theory]
    [InlineData("fixtures/corpus", 0.93)]
    [InlineData("tests/EvalHarness.Tests/Advice/DevSet", 0.75)]
    public void Advise_EveryScenario_MeetsAccuracyFloor(string folder, double floor)
    {
        var result = CorpusLoader.Load(Path.Combine(RepositoryPaths.Root, folder));
        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        var corpus = result.Corpus!;

        var (correct, counted) = (0, 0);
        foreach (var scenario in corpus.Scenarios)
        {
            if (CorpusEvaluator.PanelLabelOf(corpus.LabelsFor(scenario.Id)) is not { } expected)
                continue;
            counted++;
            if (FrameworkAdvisor.Default.Advise(scenario).Approach == expected)
                correct++;
        }

        var accuracy = (double)correct / counted;
        output.WriteLine($"{folder}: {correct}/{counted} = {accuracy:P1}");
        Assert.True(accuracy >= floor, $"{folder}: accuracy {accuracy:P1} ({correct}/{counted}) fell below the floor {floor:P0}");
    }
}

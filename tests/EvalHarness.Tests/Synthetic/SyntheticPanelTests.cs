using EvalHarness.Corpus;
using EvalHarness.Synthetic;

namespace EvalHarness.Tests.Synthetic;

public sealed class SyntheticPanelTests
{
    private const int Scenarios = 2_000;

    [Fact]
    public void Label_NoNoise_EveryAnnotatorGivesTheConstructedLabel()
    {
        var (pairs, _) = Labelled(new SyntheticOptions(Scenarios, Seed: 3, Annotators: 5, Noise: 0));

        Assert.All(pairs, p => Assert.Equal(p.Intended, p.Label.Label));
        Assert.All(pairs, p => Assert.Equal("constructed as " + p.Branch.ToSlug(), p.Label.Rationale));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    public void Label_Noise_FlipsAboutThatShareToAnotherLabel(double noise)
    {
        var (pairs, _) = Labelled(new SyntheticOptions(Scenarios, Seed: 4, Noise: noise));

        var rate = pairs.Count(p => p.Label.Label != p.Intended) / (double)pairs.Count;

        // ~5,900 labels: the standard error is at most 0.0065, so 0.025 is about four of them.
        Assert.InRange(rate, noise - 0.025, noise + 0.025);
        Assert.All(pairs.Where(p => p.Label.Label != p.Intended), p => Assert.StartsWith("noise: ", p.Label.Rationale, StringComparison.Ordinal));
    }

    [Fact]
    public void Label_Flips_GoToBothOtherLabels()
    {
        var (pairs, _) = Labelled(new SyntheticOptions(Scenarios, Seed: 8, Noise: 1));

        var fromPrompting = pairs.Where(p => p.Intended == Approach.Prompting).GroupBy(p => p.Label.Label).ToDictionary(g => g.Key, g => g.Count());

        Assert.False(fromPrompting.ContainsKey(Approach.Prompting));
        Assert.InRange(fromPrompting[Approach.Rag] / (double)(fromPrompting[Approach.Rag] + fromPrompting[Approach.FineTuning]), 0.45, 0.55);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    public void Label_SomeScenarios_HaveOneAnnotatorFewer(int annotators)
    {
        var (_, perScenario) = Labelled(new SyntheticOptions(Scenarios, Seed: 9, Annotators: annotators));

        var fewer = perScenario.Count(n => n == annotators - 1);

        Assert.All(perScenario, n => Assert.InRange(n, annotators - 1, annotators));
        Assert.InRange(fewer / (double)Scenarios, 0.035, 0.065);
    }

    [Fact]
    public void Label_OneAnnotator_NeverLeavesAScenarioUnlabelled()
    {
        var (_, perScenario) = Labelled(new SyntheticOptions(500, Annotators: 1));

        Assert.All(perScenario, n => Assert.Equal(1, n));
    }

    [Fact]
    public void Generate_Labels_AreRoughlyBalancedOverEveryBranch()
    {
        var scenarios = new SyntheticScenarioGenerator(12).Generate(3_000).ToArray();

        var perApproach = scenarios.CountBy(s => s.Intended).ToDictionary();
        var branches = scenarios.Select(s => s.Branch).Distinct().Count();

        Assert.All(ApproachText.All, a => Assert.InRange(perApproach[a], 900, 1_100));
        Assert.Equal(SyntheticBranches.All.Count, branches);
    }

    private static (List<(Approach Intended, SyntheticBranch Branch, ExpertLabel Label)> Pairs, List<int> PerScenario) Labelled(SyntheticOptions options)
    {
        var generator = new SyntheticScenarioGenerator(options.Seed);
        var panel = new SyntheticPanel(options);
        var pairs = new List<(Approach, SyntheticBranch, ExpertLabel)>();
        var perScenario = new List<int>();
        foreach (var scenario in generator.Generate(options.Count))
        {
            var labels = panel.Label(scenario);
            perScenario.Add(labels.Count);
            pairs.AddRange(labels.Select(l => (scenario.Intended, scenario.Branch, l)));
        }

        return (pairs, perScenario);
    }
}

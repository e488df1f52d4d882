using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class CorpusEvaluatorTests
{
    private static readonly EvaluationMetrics Metrics =
        CorpusEvaluator.Evaluate(HandWorkedCorpus.Corpus, new FixedAdvisor(HandWorkedCorpus.Predictions)).Metrics;

    // Worked by hand from HandWorkedCorpus: 5 scored (s5 is contested), 3 correct (s1, s3, s4).
    [Theory]
    [InlineData("scenarios", 6)]
    [InlineData("scored", 5)]
    [InlineData("contested", 1)]
    [InlineData("accuracy", 0.6)]
    [InlineData("accuracy_ci_low", 0.2307)] // Wilson, z = 1.96: (0.6 + 0.3841) / 1.7683 -/+ 0.3258
    [InlineData("accuracy_ci_high", 0.8824)]
    [InlineData("acceptable_accuracy", 0.8333)] // 5 of 6: only s6's fine-tuning matches no expert
    [InlineData("macro_precision", 0.6667)] // prompting 1/2, rag 1/1, fine-tuning 1/2
    [InlineData("macro_recall", 0.6667)] // prompting 1/1, rag 1/2, fine-tuning 1/2
    [InlineData("macro_f1", 0.6111)] // (2/3 + 2/3 + 1/2) / 3
    [InlineData("cohen_kappa", 0.4118)] // po 0.6, pe (1*2 + 2*1 + 2*2) / 25 = 0.32
    [InlineData("expert_fleiss_kappa", 0.2430)]
    [InlineData("expert_krippendorff_alpha", 0.2850)]
    [InlineData("expert_pairwise_agreement", 0.5)] // pairs agreeing: 3/3, 1/3, 3/3, 1/3, 0/3, 1/3
    [InlineData("expert_mean_accuracy", 0.8)] // a 2/2, b 2/2, c 2/5 against the others' plurality
    public void Evaluate_HandWorkedCorpus_GivesHandComputedMetric(string metric, double expected)
    {
        var row = EvalHarness.Reports.SummaryRow.All.Single(r => r.Name == metric);

        var actual = row.Value(Metrics);

        Assert.NotNull(actual);
        Assert.Equal(expected, actual!.Value, 4);
    }

    [Theory]
    [InlineData("a", 6, 1.0, 0.5, 0.25)]
    [InlineData("b", 6, 1.0, 0.6667, 0.5)]
    [InlineData("c", 6, 0.4, 0.5, 0.25)]
    public void Evaluate_HandWorkedCorpus_GivesPerAnnotatorFigures(string annotator, int labels, double withPanel, double withClassifier, double kappa)
    {
        var summary = Metrics.Annotators.Single(a => a.Annotator == annotator);

        Assert.Equal(labels, summary.Labels);
        Assert.Equal(withPanel, summary.AgreementWithPanel!.Value, 4);
        Assert.Equal(withClassifier, summary.AgreementWithClassifier!.Value, 4);
        Assert.Equal(kappa, summary.CohenKappaWithClassifier!.Value, 4);
    }

    [Fact]
    public void Evaluate_HandWorkedCorpus_GivesEachPairOfAnnotatorsTheirAgreementAndKappa()
    {
        // a and b agree on five of six (kappa (5/6 - 1/3) / (2/3) = 0.75); c agrees with either on two of six, as chance would.
        Assert.Equal(
            [new AnnotatorPair("a", "b", 6, 5.0 / 6, 0.75), new AnnotatorPair("a", "c", 6, 2.0 / 6, 0), new AnnotatorPair("b", "c", 6, 2.0 / 6, 0)],
            Metrics.AnnotatorPairs,
            new PairComparer());
    }

    [Fact]
    public void Evaluate_HandWorkedCorpus_CountsLeavesReasonsAndWarnings()
    {
        var coverage = Metrics.Coverage;

        // Predictions F, P, R, P, R, F: two of each leaf the fixed advisor uses, none prompt-engineer-harder.
        Assert.Equal([2L, 2L, 2L, 0L], coverage.Leaves);
        Assert.All(coverage.Reasons, n => Assert.Equal(0, n));
        Assert.All(coverage.Warnings, n => Assert.Equal(0, n));
    }

    private sealed class PairComparer : IEqualityComparer<AnnotatorPair>
    {
        public bool Equals(AnnotatorPair? x, AnnotatorPair? y) =>
            x!.First == y!.First && x.Second == y.Second && x.Scenarios == y.Scenarios
            && Math.Abs(x.Agreement!.Value - y.Agreement!.Value) < 1e-9 && Math.Abs(x.CohenKappa!.Value - y.CohenKappa!.Value) < 1e-9;

        public int GetHashCode(AnnotatorPair obj) => obj.First.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HandWorkedCorpus_FillsConfusionMatrix()
    {
        var c = Metrics.Confusion;

        Assert.Equal(1, c[Approach.FineTuning, Approach.FineTuning]);
        Assert.Equal(1, c[Approach.FineTuning, Approach.Prompting]);
        Assert.Equal(1, c[Approach.Rag, Approach.Rag]);
        Assert.Equal(1, c[Approach.Rag, Approach.FineTuning]);
        Assert.Equal(1, c[Approach.Prompting, Approach.Prompting]);
        Assert.Equal(5, c.Count);
    }

    [Fact]
    public void Evaluate_HandWorkedCorpus_CountsRulesIncludingDeadOnes()
    {
        Assert.Equal([("cue.test.fired", 6), ("cue.test.dead", 0)], Metrics.Rules.Select(r => (r.Rule.Id, r.Scenarios)));
    }

    [Fact]
    public void Evaluate_ContestedScenario_HasNoExpectedLabelAndIsNotCorrect()
    {
        var run = CorpusEvaluator.Evaluate(HandWorkedCorpus.Corpus, new FixedAdvisor(HandWorkedCorpus.Predictions));

        var s5 = run.Results.Single(r => r.Scenario.Id == "s5");

        Assert.True(s5.Contested);
        Assert.Null(s5.Expected);
        Assert.False(s5.Correct);
        Assert.True(s5.MatchesAnyExpert);
        Assert.Equal(1.0 / 3, s5.ExpertAgreement, 4);
    }

    [Fact]
    public void Evaluate_ParallelAndSequential_GiveEqualResults()
    {
        var advisor = new FixedAdvisor(HandWorkedCorpus.Predictions);

        var parallel = CorpusEvaluator.Evaluate(HandWorkedCorpus.Corpus, advisor);
        var sequential = CorpusEvaluator.Evaluate(HandWorkedCorpus.Corpus, advisor, maxDegreeOfParallelism: 1);

        Assert.Equal(sequential.Results.Select(r => (r.Scenario.Id, r.Predicted)), parallel.Results.Select(r => (r.Scenario.Id, r.Predicted)));
        Assert.Equal(sequential.Metrics.CohenKappa, parallel.Metrics.CohenKappa);
    }

    [Fact]
    public void Evaluate_AdvisorThrows_ThatScenarioIsAnAdvisorErrorCountedWrong()
    {
        var advisor = new FixedAdvisor(HandWorkedCorpus.Predictions, failOn: "s4");
        var clean = CorpusEvaluator.Evaluate(HandWorkedCorpus.Corpus, new FixedAdvisor(HandWorkedCorpus.Predictions));

        var run = CorpusEvaluator.Evaluate(HandWorkedCorpus.Corpus, advisor);

        var failed = Assert.Single(run.Results, r => r.AdvisorError is not null);
        Assert.Equal("s4", failed.Scenario.Id);
        Assert.Equal("threw InvalidOperationException: boom", failed.AdvisorError);
        Assert.Null(failed.Predicted);
        Assert.False(failed.Correct);
        Assert.Equal(1, run.Metrics.AdvisorErrors);
        Assert.Equal(clean.Metrics.Scored, run.Metrics.Scored);
        // s4 was right before: one fewer correct, same denominator.
        Assert.Equal(clean.Metrics.Confusion.Correct - (clean.Results.Single(r => r.Scenario.Id == "s4").Correct ? 1 : 0), run.Metrics.Confusion.Correct);
        Assert.Equal(1, run.Metrics.Confusion.UnansweredCount);
    }
}

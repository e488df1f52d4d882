using EvalHarness.Comparison;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Tests.Comparison;
using EvalHarness.Tests.Evaluation;

namespace EvalHarness.Tests.Gate;

public sealed class QualityGateTests
{
    // Accuracy 0.6, acceptable 0.8333, macro F1 0.6111, kappa 0.4118 (see CorpusEvaluatorTests).
    private static readonly EvaluationRun Run =
        CorpusEvaluator.Evaluate(TaggedCorpus(), new FixedAdvisor(HandWorkedCorpus.Predictions));

    [Fact]
    public void Check_ThresholdsMet_Passes()
    {
        var policy = new GatePolicy { MinAccuracy = 0.6, MinAcceptableAccuracy = 0.8, MinMacroF1 = 0.6, MinCohenKappa = 0.4 };

        var verdict = QualityGate.Check(policy, Run, comparison: null);

        Assert.True(verdict.Passed);
    }

    [Fact]
    public void Check_Policy_ListsEveryConditionWithItsNumbersAndWhetherItHeld()
    {
        var policy = new GatePolicy { MinAccuracy = 0.6, MinMacroF1 = 0.7, MustPassTags = ["seed-quiz"] };

        var verdict = QualityGate.Check(policy, Run, comparison: null);

        Assert.Equal(
            [
                new GateCondition("accuracy 0.6000 >= min_accuracy 0.6000", true),
                new GateCondition("macro_f1 0.6111 < min_macro_f1 0.7000", false),
                new GateCondition("advisor_errors 0 <= max_advisor_errors 0", true),
                new GateCondition("every scored scenario tagged seed-quiz right: 1 wrong", false),
            ],
            verdict.Conditions);
    }

    [Theory]
    [InlineData(0.85, null, null, null, "accuracy 0.6000 < min_accuracy 0.8500")]
    [InlineData(null, 0.9, null, null, "acceptable_accuracy 0.8333 < min_acceptable_accuracy 0.9000")]
    [InlineData(null, null, 0.7, null, "macro_f1 0.6111 < min_macro_f1 0.7000")]
    [InlineData(null, null, null, 0.5, "cohen_kappa 0.4118 < min_cohen_kappa 0.5000")]
    public void Check_ThresholdMissed_NamesMetricValueAndThreshold(double? accuracy, double? acceptable, double? macroF1, double? kappa, string expected)
    {
        var policy = new GatePolicy { MinAccuracy = accuracy, MinAcceptableAccuracy = acceptable, MinMacroF1 = macroF1, MinCohenKappa = kappa };

        var verdict = QualityGate.Check(policy, Run, comparison: null);

        Assert.Equal([expected], verdict.Failures);
    }

    [Fact]
    public void Check_MustPassTagWrong_NamesScenario()
    {
        var policy = new GatePolicy { MustPassTags = ["seed-quiz"] };

        var verdict = QualityGate.Check(policy, Run, comparison: null);

        // s2 (wrong) and s5 (contested) carry the tag; only s2 fails, contested scenarios never do.
        Assert.Equal(["must pass (seed-quiz): s2 predicted prompting (panel: fine-tuning)"], verdict.Failures);
    }

    [Fact]
    public void Check_RegressionsOverLimit_ListsEachRegression()
    {
        var baseline = Recorded.Run("baseline", Recorded.Row("s2", Approach.FineTuning, Approach.FineTuning), Recorded.Row("s6", Approach.Rag, Approach.Rag));
        var comparison = Compare(baseline);

        var verdict = QualityGate.Check(new GatePolicy { MaxRegressions = 1 }, Run, comparison);

        Assert.Equal(
            [
                "regressions 2 > max_regressions 1",
                "regression: s2 was fine-tuning, now prompting (panel: fine-tuning)",
                "regression: s6 was rag, now fine-tuning (panel: rag)",
            ],
            verdict.Failures);
    }

    [Fact]
    public void Check_RegressionsWithinLimit_Passes()
    {
        var baseline = Recorded.Run("baseline", Recorded.Row("s2", Approach.FineTuning, Approach.FineTuning));

        var verdict = QualityGate.Check(new GatePolicy { MaxRegressions = 1 }, Run, Compare(baseline));

        Assert.True(verdict.Passed);
    }

    [Fact]
    public void Check_ScenarioRemovedFromTheCorpus_FailsByDefault()
    {
        // Deleting a scenario the advisor gets wrong must not be a way to pass: the baseline still has it.
        var baseline = Recorded.Run("baseline", Recorded.Row("s1", Approach.Prompting, Approach.Prompting), Recorded.Row("gone", Approach.Rag, Approach.Prompting));

        var verdict = QualityGate.Check(new GatePolicy(), Run, Compare(baseline));

        Assert.Equal(
            [
                "removed 1 > max_removed 0: scenarios of the baseline are no longer in the corpus; a removal is accepted by updating the baseline (eval-harness accept, or eval --update-baseline)",
                "removed: gone: removed from the corpus; it was prompting; the panel said rag",
            ],
            verdict.Failures);
    }

    [Fact]
    public void Check_RemovedWithinMaxRemoved_Passes()
    {
        var baseline = Recorded.Run("baseline", Recorded.Row("s1", Approach.Prompting, Approach.Prompting), Recorded.Row("gone", Approach.Rag, Approach.Prompting));

        Assert.True(QualityGate.Check(new GatePolicy { MaxRemoved = 1 }, Run, Compare(baseline)).Passed);
    }

    [Fact]
    public void UnknownTags_TagNoScenarioHas_IsAProblemAtThePolicysLineWithTheNearestTag()
    {
        var check = new MustPassCheck(new GatePolicy { MustPassTags = ["seed-quizz", "seed-quiz", "zzz"], MustPassTagsAt = ("gate.json", 9) });
        foreach (var result in Run.Results)
            check.Add(result);

        var problems = check.UnknownTags().Select(p => p.ToString());

        Assert.Equal(
            [
                "gate.json:9: must_pass_tags: no scenario has the tag 'seed-quizz', so the check would always pass; did you mean 'seed-quiz'?",
                "gate.json:9: must_pass_tags: no scenario has the tag 'zzz', so the check would always pass; the corpus's tags are seed-quiz",
            ],
            problems);
    }

    private static RunComparison Compare(RecordedRun baseline) =>
        RunComparison.From(CaseComparer.Compare(baseline, Recorded.Run("current", Run)).Comparison!);

    private static ScenarioCorpus TaggedCorpus()
    {
        var corpus = HandWorkedCorpus.Corpus;
        var scenarios = corpus.Scenarios
            .Select(s => s.Id is "s2" or "s5" ? s with { Tags = ["seed-quiz"] } : s)
            .ToArray();
        return new ScenarioCorpus(scenarios, corpus.Labels);
    }
}

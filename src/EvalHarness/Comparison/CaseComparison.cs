using EvalHarness.Evaluation;

namespace EvalHarness.Comparison;

/// <summary>
/// Two runs compared case by case: what happened to each scenario's label and explanation, the confusion of both runs on
/// the scenarios scored in both, McNemar's test and the paired interval of the accuracy difference, and how the corpora differ.
/// </summary>
/// <remarks>
/// Holds every scenario whose label outcome or prediction changed, and every added or removed scenario; of the scenarios whose
/// explanation alone changed it keeps the first <see cref="CaseComparer.KeptExplanationChanges"/> and counts the rest. Every
/// case, changed or not, passes through the comparer's callback, which is how comparison.csv and comparison.html see them all.
/// </remarks>
/// <param name="Before">The base run.</param>
/// <param name="After">The new run.</param>
/// <param name="Delta">How the corpora differ.</param>
/// <param name="Paired">The scenarios scored in both runs, by outcome.</param>
/// <param name="Outcomes">How many scenarios had each outcome, indexed by <see cref="CaseOutcome"/>.</param>
/// <param name="PredictionChanged">Shared scenarios whose prediction changed.</param>
/// <param name="ExplanationChanged">Shared scenarios whose advice changed while the prediction stayed.</param>
/// <param name="ConfusionBefore">The base run's panel × prediction counts over the scenarios scored in both runs.</param>
/// <param name="ConfusionAfter">The new run's counts over the same scenarios.</param>
/// <param name="Changes">The scenarios whose label outcome or prediction changed, the added and removed ones, and the first explanation-only changes, in comparison order.</param>
/// <param name="NotCompared">Aspects one of the runs does not record (an older report lacks some columns), so they were not compared.</param>
public sealed record CaseComparison(
    RecordedRun Before,
    RecordedRun After,
    CorpusDelta Delta,
    PairedOutcomes Paired,
    IReadOnlyList<int> Outcomes,
    int PredictionChanged,
    int ExplanationChanged,
    ConfusionMatrix ConfusionBefore,
    ConfusionMatrix ConfusionAfter,
    IReadOnlyList<ScenarioComparison> Changes,
    CaseChanges NotCompared)
{
    /// <summary>How many scenarios had an outcome.</summary>
    public int Count(CaseOutcome outcome) => Outcomes[(int)outcome];

    /// <summary>The scenarios that went from right to wrong, in comparison order.</summary>
    public IEnumerable<ScenarioComparison> Regressed => Changes.Where(c => c.Outcome == CaseOutcome.Regressed);

    /// <summary>The scenarios that went from wrong to right, in comparison order.</summary>
    public IEnumerable<ScenarioComparison> Fixed => Changes.Where(c => c.Outcome == CaseOutcome.Fixed);

    /// <summary>Warnings for people: different corpora, aspects not compared.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>();
            if (Delta.Warning is { } corpus)
                warnings.Add(corpus);
            if (NotCompared != CaseChanges.None)
                warnings.Add($"not compared, since one run does not record it (a report written by an older EvalHarness): {NotCompared.ToSlugs().Replace(";", ", ", StringComparison.Ordinal)}");
            return warnings;
        }
    }
}

using EvalHarness.Corpus;

namespace EvalHarness.Comparison;

/// <summary>One scenario in two runs: its outcome, what changed, and both records.</summary>
/// <param name="Id">The scenario.</param>
/// <param name="Outcome">Fixed, regressed, still wrong, still right, unscored, added or removed.</param>
/// <param name="Changes">What differs between the two records (none for an added or removed scenario).</param>
/// <param name="Before">The base run's record; <c>null</c> when added.</param>
/// <param name="After">The new run's record; <c>null</c> when removed.</param>
public sealed record ScenarioComparison(string Id, CaseOutcome Outcome, CaseChanges Changes, RecordedScenario? Before, RecordedScenario? After)
{
    /// <summary>The changes that belong to the advice rather than to the corpus: prediction, leaf, path, evidence, reasons, warnings, cost, error.</summary>
    public const CaseChanges AdviceChanges = CaseChanges.Prediction | CaseChanges.Leaf | CaseChanges.Path | CaseChanges.Evidence
        | CaseChanges.Reasons | CaseChanges.Warnings | CaseChanges.Cost | CaseChanges.Error;

    /// <summary>Whether the advice changed in any way, the label or only its explanation.</summary>
    public bool AdviceChanged => (Changes & AdviceChanges) != 0;

    /// <summary>Whether the advice changed while the prediction stayed: an explanation changed.</summary>
    public bool ExplanationOnly => AdviceChanged && (Changes & CaseChanges.Prediction) == 0;

    /// <summary>The panel label now (the base run's for a removed scenario); <c>null</c> when contested.</summary>
    public Approach? Expected => After is not null ? After.Expected : Before?.Expected;

    /// <summary>Evidence in the new record and not in the base one, in the new record's order.</summary>
    public IReadOnlyList<string> EvidenceAdded() =>
        Before is null || After is null ? [] : After.EvidencePieces().Except(Before.EvidencePieces(), StringComparer.Ordinal).ToArray();

    /// <summary>Evidence in the base record and not in the new one, in the base record's order.</summary>
    public IReadOnlyList<string> EvidenceRemoved() =>
        Before is null || After is null ? [] : Before.EvidencePieces().Except(After.EvidencePieces(), StringComparer.Ordinal).ToArray();

    /// <summary>Compares two records of one scenario, on the aspects in <paramref name="compared"/> (the prediction always).</summary>
    public static ScenarioComparison Of(RecordedScenario before, RecordedScenario after, CaseChanges compared = (CaseChanges)~0)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = CaseChanges.None;
        if (before.Predicted != after.Predicted) changes |= CaseChanges.Prediction;
        if (!Same(before.Leaf, after.Leaf)) changes |= CaseChanges.Leaf;
        if (!Same(before.Path, after.Path)) changes |= CaseChanges.Path;
        if (!Same(before.Evidence, after.Evidence)) changes |= CaseChanges.Evidence;
        if (!Same(before.Reasons, after.Reasons)) changes |= CaseChanges.Reasons;
        if (!Same(before.Warnings, after.Warnings)) changes |= CaseChanges.Warnings;
        if (!Same(before.Cost, after.Cost)) changes |= CaseChanges.Cost;
        if (!Same(before.AdvisorError, after.AdvisorError)) changes |= CaseChanges.Error;
        if (!Same(before.Text, after.Text)) changes |= CaseChanges.Text;
        if (before.Expected != after.Expected || !Same(before.ExpertLabels, after.ExpertLabels)) changes |= CaseChanges.Panel;
        changes &= compared | CaseChanges.Prediction;
        var outcome = before.Contested || after.Contested ? CaseOutcome.Unscored
            : before.Correct && after.Correct ? CaseOutcome.StillRight
            : before.Correct ? CaseOutcome.Regressed
            : after.Correct ? CaseOutcome.Fixed
            : CaseOutcome.StillWrong;
        return new ScenarioComparison(after.Id, outcome, changes, before, after);
    }

    /// <summary>A scenario only the new run has.</summary>
    public static ScenarioComparison Added(RecordedScenario after) => new(after.Id, CaseOutcome.Added, CaseChanges.None, null, after);

    /// <summary>A scenario only the base run has.</summary>
    public static ScenarioComparison Removed(RecordedScenario before) => new(before.Id, CaseOutcome.Removed, CaseChanges.None, before, null);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
}

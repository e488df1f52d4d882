namespace EvalHarness.Evaluation;

/// <summary>A scenario on the work list, with the kind of disagreement; a scenario can appear under several kinds.</summary>
/// <param name="Result">The scenario's result.</param>
/// <param name="Kind">The kind of disagreement.</param>
public sealed record Disagreement(ScenarioResult Result, DisagreementKind Kind)
{
    /// <summary>The kind as written in reports: <c>classifier-vs-panel</c>, <c>contested</c> or <c>panel-split</c>.</summary>
    public string KindSlug => Kind switch
    {
        DisagreementKind.ClassifierVsPanel => "classifier-vs-panel",
        DisagreementKind.Contested => "contested",
        DisagreementKind.PanelSplit => "panel-split",
        _ => throw new InvalidOperationException($"unknown kind {Kind}"),
    };

    /// <summary>The work list of a run: grouped by kind (classifier errors first), corpus order within a kind.</summary>
    public static IReadOnlyList<Disagreement> Of(IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = new List<Disagreement>();
        list.AddRange(results.Where(r => !r.Contested && !r.Correct).Select(r => new Disagreement(r, DisagreementKind.ClassifierVsPanel)));
        list.AddRange(results.Where(r => r.Contested).Select(r => new Disagreement(r, DisagreementKind.Contested)));
        list.AddRange(results.Where(r => !r.Contested && r.PanelSplit).Select(r => new Disagreement(r, DisagreementKind.PanelSplit)));
        return list;
    }
}

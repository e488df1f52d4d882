namespace EvalHarness.Evaluation;

/// <summary>A scenario on the work list, with the kind of disagreement; a scenario can appear under several kinds.</summary>
/// <param name="Result">The scenario's result.</param>
/// <param name="Kind">The kind of disagreement.</param>
public sealed record Disagreement(ScenarioResult Result, DisagreementKind Kind)
{
    /// <summary>The kind as written in reports: <c>classifier-vs-panel</c>, <c>contested</c> or <c>panel-split</c>.</summary>
    public string KindSlug => Slug(Kind);

    /// <summary>A kind as written in reports.</summary>
    public static string Slug(DisagreementKind kind) => kind switch
    {
        DisagreementKind.ClassifierVsPanel => "classifier-vs-panel",
        DisagreementKind.Contested => "contested",
        DisagreementKind.PanelSplit => "panel-split",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kinds of disagreement one result shows, in work-list order.</summary>
    public static IEnumerable<DisagreementKind> KindsOf(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Contested && !result.Correct)
            yield return DisagreementKind.ClassifierVsPanel;
        if (result.Contested)
            yield return DisagreementKind.Contested;
        if (!result.Contested && result.PanelSplit)
            yield return DisagreementKind.PanelSplit;
    }

    /// <summary>The work list of a run: grouped by kind (classifier errors first), corpus order within a kind.</summary>
    public static IReadOnlyList<Disagreement> Of(IReadOnlyList<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results
            .SelectMany(r => KindsOf(r).Select(kind => new Disagreement(r, kind)))
            .OrderBy(d => d.Kind)
            .ToArray();
    }
}

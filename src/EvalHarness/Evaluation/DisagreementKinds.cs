namespace EvalHarness.Evaluation;

/// <summary>Which kinds of disagreement a result shows, and how reports name them.</summary>
public static class DisagreementKinds
{
    /// <summary>A kind as written in reports: <c>classifier-vs-panel</c>, <c>contested</c> or <c>panel-split</c>.</summary>
    public static string Slug(DisagreementKind kind) => kind switch
    {
        DisagreementKind.ClassifierVsPanel => "classifier-vs-panel",
        DisagreementKind.Contested => "contested",
        DisagreementKind.PanelSplit => "panel-split",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kinds of disagreement one result shows, in work-list order; a scenario can show two.</summary>
    public static IEnumerable<DisagreementKind> Of(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Enum.GetValues<DisagreementKind>().Where(kind => Shows(result, kind));
    }

    /// <summary>Whether a result shows any kind of disagreement; most results show none.</summary>
    public static bool Any(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Contested || !result.Correct || result.PanelSplit;
    }

    /// <summary>Whether a result shows one kind of disagreement.</summary>
    public static bool Shows(ScenarioResult result, DisagreementKind kind)
    {
        ArgumentNullException.ThrowIfNull(result);
        return kind switch
        {
            DisagreementKind.ClassifierVsPanel => !result.Contested && !result.Correct,
            DisagreementKind.Contested => result.Contested,
            DisagreementKind.PanelSplit => !result.Contested && result.PanelSplit,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}

namespace EvalHarness.Evaluation;

/// <summary>Why a scenario is on the curriculum authors' work list.</summary>
public enum DisagreementKind
{
    /// <summary>The classifier's prediction differs from the panel label.</summary>
    ClassifierVsPanel,

    /// <summary>The panel is tied: no panel label, so the scenario is not scored.</summary>
    Contested,

    /// <summary>The experts are not unanimous, though a plurality exists.</summary>
    PanelSplit,
}

namespace EvalHarness.Gate;

/// <summary>The quality gate's thresholds, read from fixtures/gate.json; a <c>null</c> threshold is not checked.</summary>
public sealed record GatePolicy
{
    /// <summary>Lowest accepted accuracy over scored scenarios.</summary>
    public double? MinAccuracy { get; init; }

    /// <summary>Lowest accepted share of scenarios whose prediction matches at least one expert.</summary>
    public double? MinAcceptableAccuracy { get; init; }

    /// <summary>Lowest accepted macro-averaged F1.</summary>
    public double? MinMacroF1 { get; init; }

    /// <summary>Lowest accepted Cohen's kappa of the classifier against the panel.</summary>
    public double? MinCohenKappa { get; init; }

    /// <summary>Most scenarios allowed to go from correct in the baseline to wrong now.</summary>
    public int MaxRegressions { get; init; }

    /// <summary>Tags whose scored scenarios must be predicted as their panel label.</summary>
    public IReadOnlyList<string> MustPassTags { get; init; } = [];

    /// <summary>Where <see cref="MustPassTags"/> is written (file name and line), for problems found once the corpus is read.</summary>
    public (string File, int Line) MustPassTagsAt { get; init; } = ("gate.json", 0);

    /// <summary>
    /// Most baseline scenarios allowed to be missing from the corpus now (default 0): deleting a scenario the advisor
    /// gets wrong must not be a way to pass; a removal is accepted with the baseline that records it.
    /// </summary>
    public int MaxRemoved { get; init; }

    /// <summary>Lowest accepted share of answered scenarios whose repeats all agree (see <c>--repeats</c>).</summary>
    public double? MinStability { get; init; }

    /// <summary>Most scenarios the advisor may fail on (no advice on any repeat); more fails the run with exit code 3.</summary>
    public int MaxAdvisorErrors { get; init; }
}

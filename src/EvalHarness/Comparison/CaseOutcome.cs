namespace EvalHarness.Comparison;

/// <summary>What happened to one scenario's label between two runs.</summary>
public enum CaseOutcome
{
    /// <summary>Scored in both, wrong before, right now.</summary>
    Fixed,

    /// <summary>Scored in both, right before, wrong now.</summary>
    Regressed,

    /// <summary>Scored in both and wrong in both (the prediction may still have changed).</summary>
    StillWrong,

    /// <summary>Scored in both and right in both.</summary>
    StillRight,

    /// <summary>In both runs, but contested in at least one, so it cannot be right or wrong in both.</summary>
    Unscored,

    /// <summary>Only in the new run.</summary>
    Added,

    /// <summary>Only in the base run.</summary>
    Removed,
}

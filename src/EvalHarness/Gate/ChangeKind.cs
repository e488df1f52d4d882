namespace EvalHarness.Gate;

/// <summary>How a scenario's outcome changed between the baseline and the current run.</summary>
public enum ChangeKind
{
    /// <summary>Correct in the baseline, wrong now.</summary>
    Regression,

    /// <summary>Wrong in the baseline, correct now.</summary>
    Fix,

    /// <summary>The prediction changed, but not from correct to wrong or back (for example on a contested scenario).</summary>
    Changed,

    /// <summary>Not in the baseline.</summary>
    New,

    /// <summary>In the baseline, no longer in the corpus.</summary>
    Removed,
}

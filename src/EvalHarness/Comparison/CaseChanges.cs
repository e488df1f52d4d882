namespace EvalHarness.Comparison;

/// <summary>What differs between a scenario's two records, beyond whether it is right: a change of explanation shows even when the label stays.</summary>
[Flags]
public enum CaseChanges
{
    /// <summary>The two records give the same advice for the same scenario.</summary>
    None = 0,

    /// <summary>The predicted approach.</summary>
    Prediction = 1 << 0,

    /// <summary>The framework's leaf.</summary>
    Leaf = 1 << 1,

    /// <summary>A question's answer, or which questions were asked.</summary>
    Path = 1 << 2,

    /// <summary>The evidence: a cue or fact found or lost, a weight changed, or evidence counted for another question.</summary>
    Evidence = 1 << 3,

    /// <summary>The reasons for fine-tuning.</summary>
    Reasons = 1 << 4,

    /// <summary>The warnings.</summary>
    Warnings = 1 << 5,

    /// <summary>The cost comparison.</summary>
    Cost = 1 << 6,

    /// <summary>The advisor's error, when the runs record one.</summary>
    Error = 1 << 7,

    /// <summary>The scenario's text: the corpora differ.</summary>
    Text = 1 << 8,

    /// <summary>The expert labels or the panel label: the corpora differ.</summary>
    Panel = 1 << 9,
}

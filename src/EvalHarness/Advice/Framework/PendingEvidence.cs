namespace EvalHarness.Advice.Framework;

/// <summary>What a piece of evidence will be made from: a cue hit or a fact, the family it counted in and how much.</summary>
internal struct PendingEvidence
{
    /// <summary>The index of the hit, or of the fact.</summary>
    public short Index;

    /// <summary>What <see cref="Index"/> points at.</summary>
    public PendingKind Kind;

    /// <summary>The family whose score the weight went to.</summary>
    public Signal Family;

    /// <summary>The weight it counted, after any cap.</summary>
    public short Weight;
}

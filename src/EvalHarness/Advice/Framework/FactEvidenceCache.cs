using System.Globalization;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// Evidence of a fact stated in a text ("training_examples=25"), made once for each rule, value and weight met and shared,
/// like the cues' evidence, so a fact costs no allocation once a run has seen it, and the reports encode it once.
/// </summary>
/// <remarks>
/// Texts state few distinct facts: 200,000 generated scenarios give 61,000 facts in 373 forms. Thread-safe: a slot holds
/// the last fact made for its hash, and threads racing to fill it only make equal evidence.
/// </remarks>
internal static class FactEvidenceCache
{
    private const int Slots = 4096;
    private static readonly Made?[] Cache = new Made?[Slots];

    /// <summary>
    /// The evidence that <paramref name="name"/> is <paramref name="value"/>, counting <paramref name="weight"/> under
    /// <paramref name="rule"/>; with <paramref name="against"/>, the same counted against the answer (its weight negated,
    /// the change <paramref name="against"/> recorded). <paramref name="rule"/> and <paramref name="name"/> are constants.
    /// </summary>
    public static Evidence Of(string rule, string name, long value, int weight, WeightChange? against = null)
    {
        var slot = Slot(rule, name, value, weight, against);
        if (Volatile.Read(ref Cache[slot]) is { } made && ReferenceEquals(made.Rule, rule) && ReferenceEquals(made.Name, name)
            && made.Value == value && made.Weight == weight && ReferenceEquals(made.Against, against))
            return made.Evidence;
        var evidence = new Evidence(rule, string.Create(CultureInfo.InvariantCulture, $"{name}={value}"), weight) { TableWeight = weight };
        if (against is not null)
            evidence = evidence with { Weight = -weight, Changes = [against] };
        Volatile.Write(ref Cache[slot], new Made(rule, name, value, weight, against, evidence));
        return evidence;
    }

    private static int Slot(string rule, string name, long value, int weight, WeightChange? against)
    {
        var hash = HashCode.Combine(
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(rule),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(name),
            value,
            weight,
            against is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(against));
        return (int)((uint)hash % Slots);
    }

    /// <summary>A fact's evidence and what it was made for.</summary>
    private sealed record Made(string Rule, string Name, long Value, int Weight, WeightChange? Against, Evidence Evidence);
}

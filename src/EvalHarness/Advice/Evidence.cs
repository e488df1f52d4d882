using System.Globalization;
using System.Text;

namespace EvalHarness.Advice;

/// <summary>Something found in a scenario that counted towards an answer; immutable.</summary>
/// <param name="Rule">The <see cref="AdvisorRule.Id"/> that fired.</param>
/// <param name="Found">
/// What was found: the words as the scenario writes them ("Summarise", "real-time"), or a fact such as
/// <c>training_examples=25</c>.
/// </param>
/// <param name="Weight">How much it counted; negative when it counted against the answer (a negation, a contrast).</param>
/// <remarks>
/// Only <paramref name="Rule"/>, <paramref name="Found"/> and <paramref name="Weight"/> are required, so an advisor that
/// explains little still gives valid evidence; <see cref="TableWeight"/> and <see cref="Changes"/> say how the weight
/// came about.
/// </remarks>
public sealed record Evidence(string Rule, string Found, int Weight)
{
    // The built-in advisor shares one instance per cue, reading and wording, so reports encode each once instead of once per scenario.
    private byte[]? _utf8;

    // A copy made by 'with' may change a value, so it starts without the encoding.
    private Evidence(Evidence original)
    {
        Rule = original.Rule;
        Found = original.Found;
        Weight = original.Weight;
        TableWeight = original.TableWeight;
        Changes = original.Changes;
    }

    /// <summary>
    /// The weight the rule gives on its own (a cue's row in the table, signed by the way it counts), before reading the
    /// text changed it; <c>null</c> when the advisor does not say.
    /// </summary>
    public int? TableWeight { get; init; }

    /// <summary>What turned <see cref="TableWeight"/> into <see cref="Weight"/>, in the order applied; empty when nothing did.</summary>
    public IReadOnlyList<WeightChange> Changes { get; init; } = [];

    /// <summary>
    /// A compact form for reports: <c>rule "found" (+3)</c>, or with what changed the weight,
    /// <c>cue.style.tone "tone" (+3, negated by 'no' → -3)</c>.
    /// </summary>
    public override string ToString() => $"{Rule} \"{Found}\" ({WeightText()})";

    /// <summary>Whether the two have the same rule, finding, weights and changes.</summary>
    public bool Equals(Evidence? other) =>
        other is not null && Rule == other.Rule && Found == other.Found && Weight == other.Weight
        && TableWeight == other.TableWeight && Changes.SequenceEqual(other.Changes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Found, Weight, TableWeight);

    /// <summary><see cref="ToString"/> as UTF-8, made on first use; threads racing to make it make equal arrays.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8 ??= Encoding.UTF8.GetBytes(ToString());

    private string WeightText()
    {
        if (Changes.Count == 0 && (TableWeight is null || TableWeight == Weight))
            return Signed(Weight);
        var text = new StringBuilder();
        if (TableWeight is { } table)
            text.Append(Signed(table)).Append(", ");
        foreach (var change in Changes)
            text.Append(change).Append(", ");
        text.Length -= 2;
        return text.Append(" → ").Append(Signed(Weight)).ToString();
    }

    private static string Signed(int weight) => weight.ToString("+0;-0;0", CultureInfo.InvariantCulture);
}

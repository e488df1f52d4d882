using System.Text;

namespace EvalHarness.Advice;

/// <summary>Something found in a scenario that counted towards an answer.</summary>
/// <param name="Rule">The <see cref="AdvisorRule.Id"/> that fired.</param>
/// <param name="Found">What was found: the cue phrase as the cue table writes it (the text matched it, folded to lower case), or a fact such as <c>training_examples=25</c>.</param>
/// <param name="Weight">How much it counted; negative when it counted against the answer (a negation, a contrast).</param>
public sealed record Evidence(string Rule, string Found, int Weight)
{
    // The advisor shares one instance per cue, so reports encode each once instead of once per scenario.
    private byte[]? _utf8;

    // A copy made by 'with' may change a value, so it starts without the encoding.
    private Evidence(Evidence original)
    {
        Rule = original.Rule;
        Found = original.Found;
        Weight = original.Weight;
    }

    /// <summary>A compact form for reports: <c>rule "found" (+3)</c>.</summary>
    public override string ToString() => $"{Rule} \"{Found}\" ({Weight:+0;-0;0})";

    /// <summary>Whether the two have the same rule, finding and weight.</summary>
    public bool Equals(Evidence? other) =>
        other is not null && Rule == other.Rule && Found == other.Found && Weight == other.Weight;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Found, Weight);

    /// <summary><see cref="ToString"/> as UTF-8, made on first use; threads racing to make it make equal arrays.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8 ??= Encoding.UTF8.GetBytes(ToString());
}

namespace EvalHarness.Advice;

/// <summary>Something found in a scenario that counted towards an answer.</summary>
/// <param name="Rule">The <see cref="AdvisorRule.Id"/> that fired.</param>
/// <param name="Found">What was found: the cue phrase as the cue table writes it (the text matched it, folded to lower case), or a fact such as <c>training_examples=25</c>.</param>
/// <param name="Weight">How much it counted; negative when it counted against the answer (a negation, a contrast).</param>
public sealed record Evidence(string Rule, string Found, int Weight)
{
    /// <summary>A compact form for reports: <c>rule "found" (+3)</c>.</summary>
    public override string ToString() => $"{Rule} \"{Found}\" ({Weight:+0;-0;0})";
}

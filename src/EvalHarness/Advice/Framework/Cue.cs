namespace EvalHarness.Advice.Framework;

/// <summary>One row of the cue table: a phrase, what it signals and how much it counts.</summary>
/// <param name="Phrase">Lower-case words; a trailing <c>*</c> also matches any ending of the last word (<c>format*</c> matches <c>formatted</c>).</param>
/// <param name="Signal">What the phrase signals.</param>
/// <param name="Weight">1 hints, 2 suggests, 3 decides on its own; 0 for rows that only shape reading.</param>
internal sealed record Cue(string Phrase, Signal Signal, int Weight = 0);

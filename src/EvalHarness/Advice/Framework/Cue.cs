namespace EvalHarness.Advice.Framework;

/// <summary>One row of the cue table: a phrase, what it signals, how much it counts and how its sentence is read for it.</summary>
/// <param name="Phrase">Lower-case words; a trailing <c>*</c> also matches any ending of the last word (<c>format*</c> matches <c>formatted</c>).</param>
/// <param name="Signal">What the phrase signals.</param>
/// <param name="Weight">1 hints, 2 suggests, 3 decides on its own; 0 for rows that only shape reading.</param>
/// <param name="Reading">Whether the row counts only with the right words around it (see <see cref="CueReading"/>).</param>
internal sealed record Cue(string Phrase, Signal Signal, int Weight = 0, CueReading Reading = CueReading.Plain);

using System.Buffers;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// The marks that open and close a quotation in a scenario as written, straight or curly; the readings that look for
/// quoted words (<see cref="BarePrompt"/>, a quoted question in <see cref="SentenceReading"/>) share them. The fold drops
/// these marks, so those readings read the text as written.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>The marks that may open a quotation.</summary>
    public static SearchValues<char> Openings { get; } = SearchValues.Create("'\"\u2018\u201C");

    /// <summary>Whether the mark at <paramref name="at"/> opens a quotation: an opening mark that starts a word, not an apostrophe inside one ("haven't").</summary>
    public static bool OpensAt(ReadOnlySpan<char> text, int at) =>
        Openings.Contains(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]));

    /// <summary>Whether a character is a mark that may close a quotation.</summary>
    public static bool Closes(char c) => c is '\'' or '"' or '\u2019' or '\u201D';
}

using System.Diagnostics.CodeAnalysis;

namespace EvalHarness.Corpus;

/// <summary>Converts approaches to and from the text authors write: culture-invariant, case-insensitive.</summary>
public static class ApproachText
{
    /// <summary>All approaches in report order.</summary>
    public static IReadOnlyList<Approach> All { get; } = [Approach.Prompting, Approach.Rag, Approach.FineTuning];

    /// <summary>The canonical labels, as listed in error messages.</summary>
    public const string ValidLabels = "prompting, rag, fine-tuning";

    /// <summary>The canonical slug of an approach: <c>prompting</c>, <c>rag</c> or <c>fine-tuning</c>.</summary>
    public static string ToSlug(this Approach approach) => approach switch
    {
        Approach.Prompting => "prompting",
        Approach.Rag => "rag",
        Approach.FineTuning => "fine-tuning",
        _ => throw new ArgumentOutOfRangeException(nameof(approach), approach, null),
    };

    /// <summary>Reads a label as authors type it (<c>FINE-TUNING</c>, <c>fine_tuning</c>, <c>fine tune</c>, <c>RAG</c>).</summary>
    /// <remarks>Only ASCII letters are folded, so the result does not depend on the machine's culture (Turkish dotted I).</remarks>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out Approach? approach)
    {
        Span<char> folded = stackalloc char[24];
        var length = 0;
        foreach (var c in text.Trim())
        {
            if (c is '-' or '_' or ' ')
                continue;
            if (length == folded.Length || c > 0x7F)
            {
                approach = null;
                return false;
            }
            folded[length++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        approach = folded[..length] switch
        {
            "prompting" or "prompt" => Approach.Prompting,
            "rag" => Approach.Rag,
            "finetuning" or "finetune" or "finetuned" => Approach.FineTuning,
            _ => null,
        };
        return approach is not null;
    }

    /// <summary>Reads a UTF-8 label as <see cref="TryParse(ReadOnlySpan{char}, out Approach?)"/> does; the canonical slugs, which nearly every row of a large file uses, are compared as bytes first.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out Approach? approach)
    {
        approach = utf8.SequenceEqual("prompting"u8) ? Approach.Prompting
            : utf8.SequenceEqual("rag"u8) ? Approach.Rag
            : utf8.SequenceEqual("fine-tuning"u8) ? Approach.FineTuning
            : null;
        if (approach is not null)
            return true;

        // A label is short and ASCII; anything longer than the buffer is not one, and ASCII bytes widen to the same chars.
        Span<char> chars = stackalloc char[32];
        if (utf8.Length > chars.Length)
            return false;
        for (var i = 0; i < utf8.Length; i++)
            chars[i] = (char)utf8[i];
        return TryParse(chars[..utf8.Length], out approach);
    }
}

using System.Text;

namespace EvalHarness.Corpus;

/// <summary>Shows author data inside problem messages, short enough that one problem stays one readable line.</summary>
internal static class ProblemText
{
    private const int MaxShown = 40;

    /// <summary>The value in single quotes, cut to 40 characters and with line breaks shown as spaces.</summary>
    public static string Quote(string value)
    {
        var shown = value.Length > MaxShown ? string.Concat(value.AsSpan(0, MaxShown), "...") : value;
        return "'" + shown.ReplaceLineEndings(" ") + "'";
    }

    /// <summary>Numbers as a sentence lists them: <c>3</c>, <c>3 and 4</c>, <c>3, 4 and 5</c>.</summary>
    public static string List(IReadOnlyList<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var texts = numbers.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return texts.Length <= 1 ? string.Concat(texts) : string.Join(", ", texts[..^1]) + " and " + texts[^1];
    }

    /// <summary>A UTF-8 field quoted as <see cref="Quote(string)"/> does; only called on the error path.</summary>
    public static string Quote(ReadOnlySpan<byte> utf8) => Quote(Encoding.UTF8.GetString(utf8));
}

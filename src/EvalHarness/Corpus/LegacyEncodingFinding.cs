using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;

namespace EvalHarness.Corpus;

/// <summary>
/// The records of a corpus file whose bytes are not UTF-8, reported as one problem when the file is closed: the first
/// place in full (line, column, the byte, the character Windows-1252 would make of it and the text around it), the
/// other lines counted. A file saved in a legacy encoding has such bytes on every line with an accent or a curly quote,
/// and one problem that says how to save it again helps more than one per line.
/// </summary>
/// <remarks>
/// Such a file is refused, not read as Windows-1252 with a warning: its bytes do not say which code page wrote them
/// (Excel writes Windows-1252 in Western Europe, 1250 or 1254 in other regions, Mac Roman on a Mac), so a guess could
/// silently turn one letter into another in the very texts the advice is measured on, and the corpus's snapshots and
/// reports would carry the wrong text on. Saving the file again as UTF-8 takes a minute; fixtures/README.md says how.
/// </remarks>
internal sealed class LegacyEncodingFinding
{
    private const int LinesShown = 5;
    private const int ContextChars = 24;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly List<int> _otherLines = [];
    private int _firstLine;
    private string? _first;
    private int _others;

    /// <summary>Notes a record whose bytes are not UTF-8; the first one is described, later ones only counted.</summary>
    public void Add(int line, CsvReader reader, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(header);
        if (_first is not null)
        {
            _others++;
            if (_otherLines.Count < LinesShown)
                _otherLines.Add(line);
            return;
        }

        _firstLine = line;
        _first = Describe(reader, header);
    }

    /// <summary>Adds the one problem, at the first line found.</summary>
    public void Report(CorpusProblemList problems, string file)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (_first is null)
            return;
        var message = "the file is not UTF-8: " + _first + OtherLines();
        problems.Add(file, _firstLine, message,
            "it was saved in a legacy encoding, as Excel's 'CSV (Comma delimited)' does; save it as 'CSV UTF-8 (Comma delimited)' " +
            "instead, or choose the character set UTF-8 when saving");
    }

    private string OtherLines()
    {
        if (_others == 0)
            return "";
        return _others == 1
            ? $" (line {ProblemText.List(_otherLines)} has such bytes too)"
            : _others <= LinesShown
                ? $" (lines {ProblemText.List(_otherLines)} have such bytes too)"
                : string.Create(CultureInfo.InvariantCulture, $" ({_others:N0} more lines have such bytes: {string.Join(", ", _otherLines)}, ...)");
    }

    private static string Describe(CsvReader reader, IReadOnlyList<string> header)
    {
        for (var field = 0; field < reader.FieldCount; field++)
        {
            var value = reader.GetSpan(field);
            var offset = FirstInvalidByte(value);
            if (offset < 0)
                continue;
            var name = field < header.Count && header[field].Trim() is { Length: > 0 } named ? $" ({named})" : "";
            var b = value[offset];
            // A single-byte code page: the byte at offset n is the character at index n.
            var decoded = Windows1252.GetString(value);
            var character = decoded[offset];
            var meaning = char.IsControl(character) || character == '\uFFFD' ? "" : $", which is '{character}' in Windows-1252";
            return string.Create(CultureInfo.InvariantCulture,
                $"column {field + 1}{name} has the byte 0x{b:X2}{meaning}, in \"{Context(decoded, offset)}\"");
        }

        // The invalid bytes are in the record but in no field (a broken quote); say so without a place.
        return "the record has bytes that are not UTF-8";
    }

    private static string Context(string text, int at)
    {
        var from = Math.Max(0, at - ContextChars);
        var to = Math.Min(text.Length, at + 1 + ContextChars);
        var shown = text[from..to].ReplaceLineEndings(" ");
        return (from > 0 ? "..." : "") + shown + (to < text.Length ? "..." : "");
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> value)
    {
        var offset = 0;
        while (offset < value.Length)
        {
            if (Rune.DecodeFromUtf8(value[offset..], out _, out var length) != OperationStatus.Done)
                return offset;
            offset += length;
        }

        return -1;
    }
}

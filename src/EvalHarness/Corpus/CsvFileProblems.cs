using System.Globalization;

namespace EvalHarness.Corpus;

/// <summary>The wording of the problems that make a CSV file or record unreadable, kept together so they read alike.</summary>
internal static class CsvFileProblems
{
    private const string SaveAsUtf8 = "save the file as 'CSV UTF-8'";

    /// <summary>The file is not in the folder.</summary>
    public static void NotFound(CorpusProblemList problems, string file) =>
        problems.Add(file, 0, "file not found", $"a corpus folder holds {CorpusFiles.Scenarios} and {CorpusFiles.Labels}");

    /// <summary>The file has no header row.</summary>
    public static void Empty(CorpusProblemList problems, string file, IReadOnlyList<CsvColumn> columns) =>
        problems.Add(file, 0, "file is empty", $"start it with the header row: {string.Join(",", columns.Select(c => c.Name))}");

    /// <summary>The file has a header row and nothing below it.</summary>
    public static void NoRecords(CorpusProblemList problems, string file) =>
        problems.Add(file, 0, "no records after the header", "add at least one record below the header row");

    /// <summary>The header is binary or not UTF-8, so the file is not CSV text at all.</summary>
    public static void NotText(CorpusProblemList problems, string file) =>
        problems.Add(file, 0, "file is not UTF-8 text (it has NUL bytes or invalid UTF-8 in the header)", SaveAsUtf8);

    /// <summary>A record has NUL bytes: binary data, so reading stops.</summary>
    public static void Binary(CorpusProblemList problems, string file, int line) =>
        problems.Add(file, line, "the record has NUL bytes; the file looks binary and was not read further", SaveAsUtf8);

    /// <summary>A record holds U+FFFD, which a decoder leaves where it could not read a character (a lone UTF-16 surrogate, an earlier bad conversion).</summary>
    public static void ReplacementCharacter(CorpusProblemList problems, string file, int line) =>
        problems.Add(file, line, "the record has the replacement character '\uFFFD', which a conversion left where it could not read a character",
            "put the character that was meant in its place");

    /// <summary>A quoted field is never closed, so it swallows the rest of the file.</summary>
    public static void UnclosedQuote(CorpusProblemList problems, string file, int line) =>
        problems.Add(file, line, "unclosed quote: the quoted field that starts on this line runs to the end of the file",
            "close the quote; write a quote inside a quoted field as \"\"");

    /// <summary>Text follows a closing quote, usually a quote inside quoted text that was not doubled.</summary>
    public static void TextAfterQuote(CorpusProblemList problems, string file, int line) =>
        problems.Add(file, line, "text after the closing quote of a field", "write a quote inside a quoted field as \"\", as in \"say \"\"hi\"\"\"");

    /// <summary>A record has more or fewer fields than the header.</summary>
    public static void FieldCount(CorpusProblemList problems, string file, int line, int count, int headerCount)
    {
        var hint = count > headerCount
            ? "put text that contains a comma in quotes: \"like, this\""
            : "every record needs a field for each header column, even an empty one";
        problems.Add(file, line, string.Create(CultureInfo.InvariantCulture, $"the record has {count} fields but the header has {headerCount}"), hint);
    }

    /// <summary>A record exceeds <see cref="CorpusCsvFile.MaxRecordBytes"/>, so reading stops.</summary>
    public static void TooLarge(CorpusProblemList problems, string file, int line) =>
        problems.Add(file, line, "the record is larger than 1 MiB; the file was not read further",
            "a scenario text has at most 4,000 characters; look for a quote that is never closed");

    /// <summary>The file system refused the file (locked, no permission).</summary>
    public static void Unreadable(CorpusProblemList problems, string file, Exception exception) =>
        problems.Add(file, 0, $"the file could not be read: {exception.Message}");
}

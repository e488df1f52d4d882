using System.Text;
using CsvHelper;

namespace EvalHarness.Tests.Corpus;

/// <summary>Writes CSV text the way spreadsheets save it, so tests can feed the loader what authors' tools really write.</summary>
internal static class SpreadsheetExport
{
    /// <summary>The rows of a comma-separated text, header first, as a spreadsheet holds them after opening it.</summary>
    public static List<string[]> Rows(string csv)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(csv)), CsvReaderOptions.Default with { Separator = ',', HasHeader = false });
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    /// <summary>
    /// Excel's "CSV UTF-8" on a computer whose list separator is ';' (German, French, Turkish and many other locales):
    /// a byte-order mark, ';' between fields, quotes only where needed, CRLF after every row.
    /// </summary>
    public static byte[] ExcelCsvUtf8Semicolon(IEnumerable<string[]> rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Join(rows, ';', "\r\n"))];

    /// <summary>Rows joined with a separator and a line ending, quoting as RFC 4180 asks.</summary>
    public static string Join(IEnumerable<string[]> rows, char separator, string newLine)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
            text.Append(string.Join(separator, row.Select(field => Quoted(field, separator)))).Append(newLine);
        return text.ToString();
    }

    private static string Quoted(string field, char separator) =>
        field.Contains(separator) || field.Contains('"') || field.Contains('\n') || field.Contains('\r')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}

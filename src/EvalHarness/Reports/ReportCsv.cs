using System.Globalization;
using CsvHelper;

namespace EvalHarness.Reports;

/// <summary>
/// The one CSV dialect of every report: RFC 4180, UTF-8 with a byte-order mark, CRLF, invariant numbers, formula
/// injection escaped. The byte-order mark is what makes Excel, opening a file by double-click, read it as UTF-8 rather
/// than in the computer's legacy code page, which turned 'café' into 'cafÃ©' and a curly quote into 'â€™'.
/// </summary>
public static class ReportCsv
{
    /// <summary>Writer options shared by every report file.</summary>
    public static CsvWriterOptions Options { get; } = new()
    {
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
        // A scenario text such as "=HYPERLINK(...)" must stay text when an author opens the file in a spreadsheet.
        Injection = CsvInjection.Escape,
    };

    /// <summary>
    /// Options for the per-scenario files, whose cells are slugs and numbers except the id, the evidence and the text,
    /// which <see cref="ReportCells.WriteText(CsvWriter, string)"/> protects as <see cref="Options"/> would. Checking
    /// every cell of a million rows for a formula cost about 0.1 µs a row.
    /// </summary>
    internal static CsvWriterOptions RowOptions { get; } = Options with { Injection = CsvInjection.None };

    /// <summary>Creates a writer for a report file, overwriting it.</summary>
    public static CsvWriter Create(string path) => CsvWriter.ToFile(path, Options);

    /// <summary>A figure rounded to 4 decimals (<c>0.8125</c>), or empty when undefined; the form used in every report.</summary>
    public static string Number(double? value) =>
        Rounded(value) is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "";

    /// <summary>Writes a figure as <see cref="Number"/> does; as a number, so a negative kappa is not escaped like a formula.</summary>
    public static void WriteNumber(this CsvWriter writer, double? value)
    {
        if (Rounded(value) is { } v)
            writer.WriteField(v, "0.0000");
        else
            writer.WriteField("");
    }

    /// <summary>Writes a count in invariant digits, without separators.</summary>
    public static void WriteCount(this CsvWriter writer, long value) => writer.WriteField(value, "");

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public static void WriteBoolean(this CsvWriter writer, bool value) => writer.WriteField(value ? "true" : "false");

    /// <summary>A figure at the precision reports show (4 decimals, halves away from zero), or <c>null</c> when undefined or not finite.</summary>
    public static double? Rounded(double? value) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, 4, MidpointRounding.AwayFromZero) + 0.0 : null;
}

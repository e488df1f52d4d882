using System.Text;
using CsvHelper;
using EvalHarness.Corpus;
using EvalHarness.Reports;

namespace EvalHarness.Tests.Reports;

public sealed class ReportCsvTests : IDisposable
{
    private readonly TempFolder _folder = new("report-csv-");

    private string ReportPath => _folder["report.csv"];

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0.81249, "0.8125")]
    [InlineData(0.5, "0.5000")]
    [InlineData(1.0, "1.0000")]
    [InlineData(-0.12345, "-0.1235")]
    [InlineData(-0.00001, "0.0000")] // no "-0.0000"
    [InlineData(double.NaN, "")]
    [InlineData(null, "")]
    public void Number_AnyCulture_IsInvariantWithFourDecimals(double? value, string expected)
    {
        foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "en-US" })
        {
            using var scope = new CultureScope(culture);

            Assert.Equal(expected, ReportCsv.Number(value));
        }
    }

    [Fact]
    public void Create_FormulaLikeText_IsEscapedButNegativeNumbersAreNot()
    {
        using (var csv = ReportCsv.Create(ReportPath))
        {
            csv.WriteField("=HYPERLINK(\"http://x\")");
            csv.WriteField("+1 call us");
            csv.WriteField("@SUM(A1)");
            csv.WriteField("plain");
            csv.WriteNumber(-0.25);
            csv.WriteCount(1234567);
            csv.WriteBoolean(true);
            csv.EndRecord();
        }

        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1 call us\",\"'@SUM(A1)\",plain,-0.2500,1234567,true\r\n", File.ReadAllText(ReportPath));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1 call us")]
    [InlineData("-5 tokens")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tindented")]
    [InlineData("\rcarriage")]
    [InlineData(" =not at the start")]
    [InlineData("plain, with a comma and \"quotes\"")]
    [InlineData("caf\u00e9 \u201cquoted\u201d")]
    [InlineData("two\nlines")]
    [InlineData("")]
    [InlineData("=")]
    public void WriteText_RowOptions_GivesTheBytesOfTheEscapingWriter(string text) => AssertBytesOfEscapingWriter(text);

    [Fact]
    public void WriteText_BrokenAndAstralUtf16_GivesTheBytesOfTheEscapingWriter()
    {
        // Not InlineData: a lone surrogate does not survive the test runner's serialisation of theory data.
        AssertBytesOfEscapingWriter("lone \uD800 high, lone \uDC00 low, swapped \uDC00\uD800");
        AssertBytesOfEscapingWriter("=\uD83D\uDE00 astral after a formula mark");
        AssertBytesOfEscapingWriter("astral \U0001F600, \"quoted\"");
    }

    private static void AssertBytesOfEscapingWriter(string text)
    {
        var escaping = new MemoryStream();
        using (var csv = CsvWriter.Create(escaping, ReportCsv.Options, leaveOpen: true))
        {
            csv.WriteField("id");
            csv.WriteField(text);
            csv.EndRecord();
        }

        // A text reaches the writer as a string, as UTF-8, or as a scenario holding either.
        var utf8 = Encoding.UTF8.GetBytes(text);
        var forms = new Action<CsvWriter>[]
        {
            csv => ReportCells.WriteText(csv, text),
            csv => ReportCells.WriteText(csv, utf8),
            csv => ReportCells.WriteText(csv, new Scenario("s", text)),
            csv => ReportCells.WriteText(csv, new Scenario("s", utf8)),
        };
        foreach (var write in forms)
        {
            var rows = new MemoryStream();
            using (var csv = CsvWriter.Create(rows, ReportCsv.RowOptions, leaveOpen: true))
            {
                csv.WriteField("id");
                write(csv);
                csv.EndRecord();
            }

            Assert.Equal(escaping.ToArray(), rows.ToArray());
        }
    }
}

using System.Text;
using CsvHelper;
using EvalHarness.Corpus;
using EvalHarness.Reports;

namespace EvalHarness.Tests.Reports;

public class CsvRowWriterTests
{
    // What a cell may hold: the four characters that make a cell quoted, the ones that start a formula, spaces and tabs,
    // letters, accented and astral characters.
    private static readonly string[] Pieces =
    [
        "\"", ",", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", " ", "'", ";", "a", "Z", "0", "9.5", "caf\u00e9",
        "\u201cquoted\u201d", "\U0001F600", "\u00a0", "\\", "text", "",
    ];

    [Fact]
    public void Rows_RandomCells_GiveTheBytesOfCsvHelper()
    {
        var random = new Random(13);
        var csvHelper = new MemoryStream();
        var row = new CsvRowWriter();
        using (var csv = CsvWriter.Create(csvHelper, ReportCsv.RowOptions with { WriteByteOrderMark = false }, leaveOpen: true))
        {
            for (var record = 0; record < 3_000; record++)
            {
                // Nineteen cells, as results.csv has: CsvHelper holds every record to the first one's count.
                for (var c = 0; c < 19; c++)
                {
                    var text = RandomText(random);
                    var utf8 = Encoding.UTF8.GetBytes(text);
                    // Every way a results.csv cell is written: plain UTF-8, and text cells from a string, UTF-8 or a scenario.
                    switch (random.Next(5))
                    {
                        case 0:
                            csv.WriteField(utf8);
                            row.Cell(utf8);
                            break;
                        case 1:
                            ReportCells.WriteText(csv, text);
                            ReportCells.WriteText(row, text);
                            break;
                        case 2:
                            ReportCells.WriteText(csv, utf8);
                            ReportCells.WriteText(row, utf8);
                            break;
                        case 3:
                            ReportCells.WriteText(csv, new Scenario("s", utf8));
                            ReportCells.WriteText(row, new Scenario("s", utf8));
                            break;
                        default:
                            ReportCells.WriteText(csv, new Scenario("s", text));
                            ReportCells.WriteText(row, new Scenario("s", text));
                            break;
                    }
                }

                csv.EndRecord();
                row.EndRecord();
            }
        }

        Assert.Equal(Encoding.UTF8.GetString(csvHelper.ToArray()), Encoding.UTF8.GetString(row.Written));
        Assert.Equal(csvHelper.ToArray(), row.Written.ToArray());
    }

    [Fact]
    public void Rows_BrokenUtf16_GiveTheBytesOfCsvHelper()
    {
        // A lone surrogate in a string (an id or an error made in code) becomes U+FFFD in both.
        string[] texts = ["lone \uD800 high, lone \uDC00 low", "=\uDC00\uD800 swapped after a formula mark", "\uD83D"];
        var csvHelper = new MemoryStream();
        var row = new CsvRowWriter();
        using (var csv = CsvWriter.Create(csvHelper, ReportCsv.RowOptions with { WriteByteOrderMark = false }, leaveOpen: true))
        {
            foreach (var text in texts)
            {
                ReportCells.WriteText(csv, text);
                ReportCells.WriteText(row, text);
            }

            csv.EndRecord();
            row.EndRecord();
        }

        Assert.Equal(csvHelper.ToArray(), row.Written.ToArray());
    }

    [Fact]
    public void Cell_LongerThanTheRowBuffer_IsWrittenWhole()
    {
        var row = new CsvRowWriter();
        var text = string.Concat(Enumerable.Repeat("a \"quoted\", long text; ", 2_000));

        row.Cell("first"u8);
        ReportCells.WriteText(row, text);
        row.Cell(Encoding.UTF8.GetBytes(text));
        row.EndRecord();

        var cell = "\"" + text.Replace("\"", "\"\"") + "\"";
        Assert.Equal("first," + cell + "," + cell + "\r\n", Encoding.UTF8.GetString(row.Written));
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(0, 4) == 0 ? 0 : random.Next(1, 12);
        for (var i = 0; i < pieces; i++)
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        return builder.ToString();
    }
}

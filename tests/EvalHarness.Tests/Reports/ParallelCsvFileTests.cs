using CsvHelper;
using EvalHarness.Reports;

namespace EvalHarness.Tests.Reports;

public sealed class ParallelCsvFileTests : IDisposable
{
    private readonly TempFolder _folder = new("parallel-csv-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(127)]
    [InlineData(5_000)]
    public void Write_AnyBatchSize_GivesTheBytesOfOneSerialWriter(int count)
    {
        var items = Enumerable.Range(0, count).Select(Item).ToArray();
        var parallel = _folder["parallel.csv"];
        var serial = _folder["serial.csv"];

        using (var file = new ParallelCsvFile(parallel, ReportCsv.Options, ["n", "text"]))
        {
            Write(file, items, count / 2, WriteRow);
            Write(file, items[(count / 2)..], count - count / 2, WriteRow);
        }

        using (var csv = ReportCsv.Create(serial))
        {
            csv.WriteHeader(["n", "text"]);
            foreach (var item in items)
                WriteRow(csv, item);
        }

        Assert.Equal(File.ReadAllBytes(serial), File.ReadAllBytes(parallel));
    }

    [Fact]
    public void Write_FormatThatSkipsItems_WritesOnlyTheirRecordsInOrder()
    {
        var items = Enumerable.Range(0, 1_000).Select(Item).ToArray();
        var path = _folder["even.csv"];

        using (var file = new ParallelCsvFile(path, ReportCsv.Options))
            Write(file, items, items.Length, (csv, item) => { if (item.N % 2 == 0) WriteRow(csv, item); });

        var lines = File.ReadAllText(path).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(500, lines.Length);
        Assert.Equal("0,plain", lines[0]);
        Assert.StartsWith("998,", lines[^1], StringComparison.Ordinal);
    }

    // As ReportWriter uses the file: split the batch into parts, format them at once, append them in order.
    private static void Write<T>(ParallelCsvFile file, T[] items, int count, Action<CsvWriter, T> format) =>
        file.Append(ParallelCsvFile.InParts(count, (part, from, to) => file.Format(part, items, from, to, format)));

    private static (int N, string Text) Item(int n) => (n, (n % 5) switch
    {
        0 => "plain",
        1 => "a \"quoted\" word, with a comma",
        2 => "=HYPERLINK(\"x\")",
        3 => "two\nlines",
        _ => $"café {n}",
    });

    private static void WriteRow(CsvWriter csv, (int N, string Text) item)
    {
        csv.WriteField(item.N, "");
        csv.WriteField(item.Text);
        csv.EndRecord();
    }
}

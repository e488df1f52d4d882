using System.Globalization;
using CsvHelper;
using EvalHarness.Corpus;

namespace EvalHarness.Gate;

/// <summary>The last accepted run, read back from the results.csv and summary.csv of a baseline folder.</summary>
/// <param name="Results">The baseline's rows, in file order.</param>
/// <param name="Metrics">The baseline's summary metrics by name; a metric left empty is <c>null</c>.</param>
public sealed record BaselineRun(IReadOnlyList<BaselineResult> Results, IReadOnlyDictionary<string, double?> Metrics)
{
    private static readonly CsvReaderOptions ReaderOptions = new() { Separator = ',', TrackLineNumbers = true, MaxRecordSize = 1 << 20 };

    /// <summary>Reads a baseline folder; bad or missing files become located problems, never exceptions.</summary>
    public static (BaselineRun? Baseline, IReadOnlyList<CorpusProblem> Problems) Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new List<CorpusProblem>();
        var results = ReadResults(Path.Combine(directory, "results.csv"), problems);
        var metrics = ReadSummary(Path.Combine(directory, "summary.csv"), problems);
        return problems.Count == 0 ? (new BaselineRun(results, metrics), problems) : (null, problems);
    }

    private static List<BaselineResult> ReadResults(string path, List<CorpusProblem> problems)
    {
        var rows = new List<BaselineResult>();
        ReadRows(path, ["scenario_id", "expected", "predicted"], problems, (csv, line) =>
        {
            var expectedText = csv.GetString("expected");
            Approach? expected = null;
            if (expectedText.Length > 0 && ApproachText.TryParse(expectedText, out var e))
                expected = e;
            // An empty prediction is an advisor error or a tie between repeats: no prediction, which counts as wrong.
            var predictedText = csv.GetString("predicted");
            Approach? predicted = null;
            if (predictedText.Length > 0 && ApproachText.TryParse(predictedText, out var p))
                predicted = p;
            if ((predictedText.Length > 0 && predicted is null) || (expectedText.Length > 0 && expected is null))
            {
                problems.Add(Problem(path, line, $"unknown label in '{expectedText}' or '{predictedText}'"));
                return;
            }
            rows.Add(new BaselineResult(csv.GetString("scenario_id"), expected, predicted));
        });
        return rows;
    }

    private static Dictionary<string, double?> ReadSummary(string path, List<CorpusProblem> problems)
    {
        var metrics = new Dictionary<string, double?>(StringComparer.Ordinal);
        ReadRows(path, ["metric", "value"], problems, (csv, _) =>
        {
            var value = csv.GetString("value");
            metrics[csv.GetString("metric")] =
                double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
        });
        return metrics;
    }

    private static void ReadRows(string path, string[] columns, List<CorpusProblem> problems, Action<CsvReader, int> readRow)
    {
        if (!File.Exists(path))
        {
            problems.Add(Problem(path, 0, "baseline file not found"));
            return;
        }
        try
        {
            using var csv = CsvReader.FromFile(path, ReaderOptions);
            var missing = columns.Where(c => !csv.Headers.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
            if (missing.Length > 0)
            {
                problems.Add(Problem(path, 1, $"missing column(s) {string.Join(", ", missing)}"));
                return;
            }
            while (csv.Read())
                readRow(csv, (int)csv.LineNumber);
        }
        catch (Exception e) when (e is CsvFormatException or IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem(path, 0, $"cannot be read: {e.Message}"));
        }
    }

    private static CorpusProblem Problem(string path, int line, string message) =>
        new(Path.GetFileName(path), line, message, "regenerate it with 'eval-harness eval --update-baseline'");
}

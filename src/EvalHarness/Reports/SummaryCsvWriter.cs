using CsvHelper;
using System.Globalization;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes summary.csv: <c>metric,value</c> rows, then the run stamp.</summary>
public static class SummaryCsvWriter
{
    /// <summary>Writes the headline metrics and the stamp to a file.</summary>
    public static void Write(string path, EvaluationMetrics metrics, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(stamp);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["metric", "value"]);
        foreach (var row in SummaryRow.All)
        {
            csv.WriteField(row.Name);
            if (row.IsCount)
                csv.WriteCount((long)row.Value(metrics)!.Value);
            else
                csv.WriteNumber(row.Value(metrics));
            csv.EndRecord();
        }
        if (metrics.Usage is { } usage)
        {
            // Only a chat model counts tokens; the same answers, cached or not, give the same figures.
            csv.WriteField("advisor_input_tokens");
            csv.WriteCount(usage.InputTokens);
            csv.EndRecord();
            csv.WriteField("advisor_output_tokens");
            csv.WriteCount(usage.OutputTokens);
            csv.EndRecord();
            if (stamp.Prices is { } prices)
                csv.WriteRecord(["advisor_cost_usd", usage.Cost(prices).ToString("0.00####", CultureInfo.InvariantCulture)]);
        }

        csv.WriteRecord(["harness_version", stamp.HarnessVersion]);
        csv.WriteRecord(["advisor", stamp.Advisor]);
        csv.WriteRecord(["advisor_version", stamp.AdvisorVersion]);
        csv.WriteField("repeats");
        csv.WriteCount(stamp.Repeats);
        csv.EndRecord();
        if (stamp.Slice is { } slice)
        {
            // Only a slice says so: a whole run's summary keeps its rows, and a reader that does not know them sees a whole run.
            csv.WriteRecord(["slice", slice]);
            csv.WriteField("corpus_scenarios");
            csv.WriteCount(stamp.CorpusScenarioCount ?? 0);
            csv.EndRecord();
        }

        csv.WriteRecord(["scenarios_sha256", stamp.ScenariosSha256]);
        csv.WriteRecord(["labels_sha256", stamp.LabelsSha256]);
    }

    /// <summary>The rows of a summary.csv as written: metric and cell.</summary>
    public static IReadOnlyList<(string Metric, string Value)> ReadCells(string path)
    {
        using var csv = CsvReader.FromFile(path, new CsvReaderOptions { Separator = ',' });
        var rows = new List<(string, string)>();
        while (csv.Read())
            rows.Add((csv.GetString(0), csv.GetString(1)));
        return rows;
    }
}

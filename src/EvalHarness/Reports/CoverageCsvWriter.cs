using EvalHarness.Advice;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes coverage.csv: how many scenarios reached each leaf of the framework, and had each reason and warning.</summary>
public static class CoverageCsvWriter
{
    /// <summary>Writes one row per leaf, reason and warning, in the framework's order, zeros included.</summary>
    public static void Write(string path, EvaluationMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["kind", "name", "scenarios"]);
        Rows(csv, "leaf", Enum.GetValues<Leaf>().Select(l => l.ToSlug()), metrics.Coverage.Leaves);
        Rows(csv, "reason", Enum.GetValues<FineTuneReason>().Select(r => r.ToSlug()), metrics.Coverage.Reasons);
        Rows(csv, "warning", Enum.GetValues<WarningCode>().Select(w => w.ToSlug()), metrics.Coverage.Warnings);
    }

    private static void Rows(CsvHelper.CsvWriter csv, string kind, IEnumerable<string> names, IReadOnlyList<long> counts)
    {
        var i = 0;
        foreach (var name in names)
        {
            csv.WriteField(kind);
            csv.WriteField(name);
            csv.WriteCount(i < counts.Count ? counts[i] : 0);
            csv.EndRecord();
            i++;
        }
    }
}

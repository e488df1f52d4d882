using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes rules.csv: every rule of the advisor and how many scenarios it fired on, so dead rules show up.</summary>
public static class RulesCsvWriter
{
    /// <summary>Writes one row per rule, in the advisor's order.</summary>
    public static void Write(string path, EvaluationMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(["rule", "kind", "scenarios", "description"]);
        foreach (var count in metrics.Rules)
        {
            csv.WriteField(count.Rule.Id);
            csv.WriteField(count.Rule.Kind);
            csv.WriteCount(count.Scenarios);
            csv.WriteField(count.Rule.Description);
            csv.EndRecord();
        }
    }
}

using CsvHelper;
using EvalHarness.Corpus;
using EvalHarness.Reports;

namespace EvalHarness.Comparison;

/// <summary>Writes comparison.csv as cases stream past: one row per scenario of either run, in comparison order.</summary>
public sealed class ComparisonCsvWriter : IDisposable
{
    /// <summary>The header of comparison.csv.</summary>
    public static readonly string[] Header =
    [
        "scenario_id", "outcome", "changes", "expected_before", "expected_after", "predicted_before", "predicted_after",
        "leaf_before", "leaf_after", "path_before", "path_after", "evidence_added", "evidence_removed",
        "reasons_before", "reasons_after", "warnings_before", "warnings_after", "cost_before", "cost_after",
    ];

    private readonly CsvWriter _csv;

    /// <summary>Creates the file and writes the header.</summary>
    public ComparisonCsvWriter(string path)
    {
        _csv = ReportCsv.Create(path);
        _csv.WriteHeader(Header);
    }

    /// <summary>Writes one case.</summary>
    public void Add(ScenarioComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        _csv.WriteField(c.Id);
        _csv.WriteField(c.Outcome.ToSlug());
        _csv.WriteField(c.Changes.ToSlugs());
        _csv.WriteField(Label(c.Before?.Expected));
        _csv.WriteField(Label(c.After?.Expected));
        _csv.WriteField(Label(c.Before?.Predicted));
        _csv.WriteField(Label(c.After?.Predicted));
        Pair(c, r => r.Leaf);
        Pair(c, r => r.Path);
        _csv.WriteField(string.Join(AdviceText.GroupSeparator, c.EvidenceAdded()));
        _csv.WriteField(string.Join(AdviceText.GroupSeparator, c.EvidenceRemoved()));
        Pair(c, r => r.Reasons);
        Pair(c, r => r.Warnings);
        Pair(c, r => r.Cost);
        _csv.EndRecord();
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => _csv.Dispose();

    private void Pair(ScenarioComparison c, Func<RecordedScenario, string> cell)
    {
        _csv.WriteField(c.Before is null ? "" : cell(c.Before));
        _csv.WriteField(c.After is null ? "" : cell(c.After));
    }

    private static string Label(Approach? approach) => approach?.ToSlug() ?? "";
}

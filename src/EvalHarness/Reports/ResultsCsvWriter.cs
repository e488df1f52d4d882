using System.Text;
using CsvHelper;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes results.csv one row per scenario as results are produced, so a large run never holds them all.</summary>
public sealed class ResultsCsvWriter : IDisposable
{
    /// <summary>The header of results.csv.</summary>
    public static readonly string[] Header =
        ["scenario_id", "expected", "predicted", "correct", "matches_any_expert", "contested", "expert_labels", "expert_agreement", "leaf", "evidence", "warnings", "text"];

    private readonly CsvWriter _csv;

    /// <summary>Creates the file and writes the header.</summary>
    public ResultsCsvWriter(string path)
    {
        _csv = ReportCsv.Create(path);
        _csv.WriteHeader(Header);
    }

    /// <summary>Writes one scenario's row.</summary>
    public void Add(ScenarioResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        _csv.WriteField(r.Scenario.Id);
        _csv.WriteField(r.Expected?.ToSlug() ?? "");
        _csv.WriteField(r.Predicted.ToSlug());
        _csv.WriteBoolean(r.Correct);
        _csv.WriteBoolean(r.MatchesAnyExpert);
        _csv.WriteBoolean(r.Contested);
        _csv.WriteField(ExpertLabels(r));
        _csv.WriteNumber(r.ExpertAgreement);
        _csv.WriteField(AdviceText.Leaf(r.Advice));
        _csv.WriteField(AdviceText.Evidence(r.Advice));
        _csv.WriteField(AdviceText.Warnings(r.Advice));
        _csv.WriteField(r.Scenario.Text);
        _csv.EndRecord();
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose() => _csv.Dispose();

    /// <summary>The labels of a result in annotator order, joined with <c>;</c>.</summary>
    public static string ExpertLabels(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        foreach (var label in result.ExpertLabels)
        {
            if (text.Length > 0)
                text.Append(';');
            text.Append(label.Label.ToSlug());
        }
        return text.ToString();
    }
}

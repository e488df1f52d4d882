using System.Text;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes results.csv: one row per scenario, in corpus order.</summary>
public static class ResultsCsvWriter
{
    /// <summary>The header of results.csv.</summary>
    public static readonly string[] Header =
        ["scenario_id", "expected", "predicted", "correct", "matches_any_expert", "contested", "expert_labels", "expert_agreement", "leaf", "evidence", "warnings", "text"];

    /// <summary>Writes the results to a file.</summary>
    public static void Write(string path, IEnumerable<ScenarioResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var csv = ReportCsv.Create(path);
        csv.WriteHeader(Header);
        foreach (var r in results)
        {
            csv.WriteField(r.Scenario.Id);
            csv.WriteField(r.Expected?.ToSlug() ?? "");
            csv.WriteField(r.Predicted.ToSlug());
            csv.WriteBoolean(r.Correct);
            csv.WriteBoolean(r.MatchesAnyExpert);
            csv.WriteBoolean(r.Contested);
            csv.WriteField(ExpertLabels(r));
            csv.WriteNumber(r.ExpertAgreement);
            csv.WriteField(AdviceText.Leaf(r.Advice));
            csv.WriteField(AdviceText.Evidence(r.Advice));
            csv.WriteField(AdviceText.Warnings(r.Advice));
            csv.WriteField(r.Scenario.Text);
            csv.EndRecord();
        }
    }

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

using System.Text;
using EvalHarness.Advice;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Comparison;

/// <summary>Records results in memory as results.csv records them, so a run in memory compares like a report folder.</summary>
public static class RecordedScenarios
{
    /// <summary>The record results.csv would hold for a result (the text as written, a formula's escape included).</summary>
    public static RecordedScenario From(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var advice = result.Advice;
        return new RecordedScenario(
            result.Scenario.Id,
            result.Expected,
            result.Predicted,
            ReportCells.ExpertLabels(result),
            advice?.Leaf?.ToSlug() ?? "",
            advice is null ? "" : AdviceText.Path(advice),
            advice is null ? "" : AdviceText.Evidence(advice),
            advice is null ? "" : Encoding.UTF8.GetString(AdviceText.ReasonsUtf8(advice)),
            advice is null ? "" : Encoding.UTF8.GetString(AdviceText.WarningsUtf8(advice)),
            Cost(advice?.Cost),
            Escaped(result.Scenario.Text),
            Escaped(result.AdvisorError),
            result.AdvisorError is null ? ReportCsv.Number(result.Stability) : "");
    }

    // A cell that starts like a formula is written with a leading quote; a record read back from the file has it too.
    private static string Escaped(string? text) =>
        ReportCells.StartsLikeFormula(text) ? ReportCsv.Options.InjectionEscape + text : text ?? "";

    /// <summary>The cost as a record holds it: <c>prompted/fine-tuned/monthly savings</c>, empty without a cost.</summary>
    public static string Cost(CostComparison? cost) =>
        cost is null ? "" : $"{AdviceJson.FormatMoney(cost.PromptedDailyCost)}/{AdviceJson.FormatMoney(cost.FineTunedDailyCost)}/{AdviceJson.FormatMoney(cost.MonthlySavings)}";
}

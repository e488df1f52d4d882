using System.Runtime.CompilerServices;
using CsvHelper;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes results.csv one row per scenario, a batch at a time as results are produced, so a large run never holds them all.</summary>
public sealed class ResultsCsvWriter : IDisposable
{
    /// <summary>The header of results.csv.</summary>
    public static readonly string[] Header =
        [
            "scenario_id", "expected", "predicted", "correct", "matches_any_expert", "contested", "expert_labels", "expert_agreement",
            "leaf", "path", "evidence", "reasons", "warnings", "prompted_daily_cost", "fine_tuned_daily_cost", "monthly_savings",
            "stability", "advisor_error", "text",
        ];

    private static readonly Action<CsvWriter, ScenarioResult> Row = WriteRow;
    private readonly ParallelCsvFile _file;

    /// <summary>Creates the file and writes the header.</summary>
    public ResultsCsvWriter(string path) => _file = new ParallelCsvFile(path, ReportCsv.RowOptions, Header);

    /// <summary>Formats results <paramref name="from"/> to <paramref name="to"/> into part <paramref name="part"/> (see <see cref="ParallelCsvFile.Format"/>).</summary>
    internal void Format(int part, ScenarioResult[] results, int from, int to) => _file.Format(part, results, from, to, Row);

    /// <summary>Appends the first <paramref name="parts"/> formatted parts to the file, in order.</summary>
    internal void Append(int parts) => _file.Append(parts);

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private static void WriteRow(CsvWriter csv, ScenarioResult r)
    {
        ReportCells.WriteText(csv, r.Scenario.Id);
        csv.WriteField(ReportCells.Label(r.Expected));
        csv.WriteField(ReportCells.Label(r.Predicted));
        csv.WriteField(ReportCells.Boolean(r.Correct));
        csv.WriteField(ReportCells.Boolean(r.MatchesAnyExpert));
        csv.WriteField(ReportCells.Boolean(r.Contested));
        csv.WriteField(ReportCells.ExpertLabelsUtf8(r, stackalloc byte[ReportCells.MaxLabelsCell]));
        csv.WriteField(ReportCells.Agreement(r));
        if (r.Advice is { } advice)
        {
            csv.WriteField(ReportCells.Leaf(advice.Leaf));
            csv.WriteField(AdviceText.PathUtf8(advice));
            ReportCells.WriteText(csv, AdviceText.EvidenceUtf8(advice));
            csv.WriteField(AdviceText.ReasonsUtf8(advice));
            csv.WriteField(AdviceText.WarningsUtf8(advice));
            WriteCost(csv, advice.Cost);
        }
        else
        {
            // No advice (an advisor error, or repeats that tied): leaf, path, evidence, reasons, warnings and cost are empty.
            for (var i = 0; i < 8; i++)
                csv.WriteField(""u8);
        }

        csv.WriteField(ReportCells.Stability(r));
        if (r.AdvisorError is { } error)
            ReportCells.WriteText(csv, error);
        else
            csv.WriteField(""u8);
        ReportCells.WriteText(csv, r.Scenario);
        csv.EndRecord();
    }

    private static void WriteCost(CsvWriter csv, Advice.CostComparison? cost)
    {
        if (cost is null)
        {
            csv.WriteField(""u8);
            csv.WriteField(""u8);
            csv.WriteField(""u8);
            return;
        }

        Span<byte> money = stackalloc byte[40];
        csv.WriteField(AdviceText.MoneyUtf8(cost.PromptedDailyCost, money));
        csv.WriteField(AdviceText.MoneyUtf8(cost.FineTunedDailyCost, money));
        csv.WriteField(AdviceText.MoneyUtf8(cost.MonthlySavings, money));
    }
}

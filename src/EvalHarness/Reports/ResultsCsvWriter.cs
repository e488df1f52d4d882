using System.Runtime.CompilerServices;
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

    private readonly ParallelCsvFile _file;

    /// <summary>Creates the file and writes the header.</summary>
    public ResultsCsvWriter(string path) => _file = new ParallelCsvFile(path, ReportCsv.RowOptions, Header);

    /// <summary>Formats results <paramref name="from"/> to <paramref name="to"/> into part <paramref name="part"/> (see <see cref="ParallelCsvFile.Format"/>).</summary>
    /// <remarks>
    /// The rows are formatted by <see cref="CsvRowWriter"/>, not CsvHelper: a million rows of 19 cells made CsvHelper's
    /// call, quoting check and copy per cell about 4% of a large run; the header is still CsvHelper's.
    /// </remarks>
    internal void Format(int part, ScenarioResult[] results, int from, int to)
    {
        var row = _file.Rows(part);
        for (var i = from; i < to; i++)
            WriteRow(row, results[i]);
    }

    /// <summary>Appends the first <paramref name="parts"/> formatted parts to the file, in order.</summary>
    internal void Append(int parts) => _file.Append(parts);

    /// <summary>Closes the file.</summary>
    public void Dispose() => _file.Dispose();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private static void WriteRow(CsvRowWriter row, ScenarioResult r)
    {
        ReportCells.WriteText(row, r.Scenario.Id);
        row.Cell(ReportCells.Label(r.Expected));
        row.Cell(ReportCells.Label(r.Predicted));
        row.Cell(ReportCells.Boolean(r.Correct));
        row.Cell(ReportCells.Boolean(r.MatchesAnyExpert));
        row.Cell(ReportCells.Boolean(r.Contested));
        row.Cell(ReportCells.ExpertLabelsUtf8(r, stackalloc byte[ReportCells.MaxLabelsCell]));
        row.Cell(ReportCells.Agreement(r));
        if (r.Advice is { } advice)
        {
            row.Cell(ReportCells.Leaf(advice.Leaf));
            row.Cell(AdviceText.PathUtf8(advice));
            ReportCells.WriteText(row, AdviceText.EvidenceUtf8(advice));
            row.Cell(AdviceText.ReasonsUtf8(advice));
            row.Cell(AdviceText.WarningsUtf8(advice));
            WriteCost(row, advice.Cost);
        }
        else
        {
            // No advice (an advisor error, or repeats that tied): leaf, path, evidence, reasons, warnings and cost are empty.
            for (var i = 0; i < 8; i++)
                row.Cell(""u8);
        }

        row.Cell(ReportCells.Stability(r));
        if (r.AdvisorError is { } error)
            ReportCells.WriteText(row, error);
        else
            row.Cell(""u8);
        ReportCells.WriteText(row, r.Scenario);
        row.EndRecord();
    }

    private static void WriteCost(CsvRowWriter row, Advice.CostComparison? cost)
    {
        if (cost is null)
        {
            row.Cell(""u8);
            row.Cell(""u8);
            row.Cell(""u8);
            return;
        }

        Span<byte> money = stackalloc byte[40];
        row.Cell(AdviceText.MoneyUtf8(cost.PromptedDailyCost, money));
        row.Cell(AdviceText.MoneyUtf8(cost.FineTunedDailyCost, money));
        row.Cell(AdviceText.MoneyUtf8(cost.MonthlySavings, money));
    }
}

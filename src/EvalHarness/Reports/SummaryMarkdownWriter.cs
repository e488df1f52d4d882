using System.Text;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;

namespace EvalHarness.Reports;

/// <summary>Writes summary.md: headline figures, the confusion table, the top disagreements, the baseline comparison and the gate, for CI step summaries.</summary>
public static class SummaryMarkdownWriter
{
    /// <summary>How many disagreements the summary lists; the rest are in disagreements.csv.</summary>
    public const int TopDisagreements = 10;

    /// <summary>Renders the summary as Markdown with LF line endings.</summary>
    /// <param name="m">The run's metrics.</param>
    /// <param name="topDisagreements">The first classifier-vs-panel disagreements, in corpus order.</param>
    /// <param name="classifierErrors">How many classifier-vs-panel disagreements there are in all.</param>
    /// <param name="stamp">What produced the run.</param>
    /// <param name="comparison">The comparison with the baseline, if any.</param>
    /// <param name="verdict">The gate's verdict, if a gate was checked.</param>
    /// <param name="advisorErrors">The first scenarios the advisor failed on, in corpus order (<see cref="EvaluationMetrics.AdvisorErrors"/> counts them all).</param>
    public static string Render(EvaluationMetrics m, IReadOnlyList<ScenarioResult> topDisagreements, int classifierErrors, RunStamp stamp, RunComparison? comparison, GateVerdict? verdict, IReadOnlyList<ScenarioResult>? advisorErrors = null)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(topDisagreements);
        ArgumentNullException.ThrowIfNull(stamp);
        var md = new StringBuilder();
        md.Append("# EvalHarness report\n\n");
        if (stamp.Slice is { } slice)
            md.Append($"**A slice of the corpus:** {m.Scenarios} of {stamp.CorpusScenarioCount} scenarios (`{slice}`); every figure and the gate are of the slice only.\n\n");
        if (verdict is not null)
            md.Append((verdict.Passed ? "**Gate: passed**" : $"**Gate: FAILED** ({verdict.Failures.Count} condition(s))") + (stamp.Slice is null ? "\n\n" : " on the slice\n\n"));
        md.Append("| metric | value |\n|---|---|\n");
        md.Append($"| accuracy | {ReportCsv.Number(m.Accuracy)} (95% CI {ReportCsv.Number(m.AccuracyInterval?.Low)}–{ReportCsv.Number(m.AccuracyInterval?.High)}) |\n");
        md.Append($"| acceptable accuracy | {ReportCsv.Number(m.AcceptableAccuracy)} |\n");
        md.Append($"| macro F1 | {ReportCsv.Number(m.MacroF1)} |\n");
        md.Append($"| Cohen's kappa (classifier vs panel) | {ReportCsv.Number(m.CohenKappa)} |\n");
        md.Append($"| panel agreement (Krippendorff's alpha) | {ReportCsv.Number(m.ExpertKrippendorffAlpha)} |\n");
        md.Append($"| human ceiling (expert mean accuracy) | {ReportCsv.Number(m.ExpertMeanAccuracy)} |\n");
        md.Append($"| scenarios / scored / contested | {m.Scenarios} / {m.Scored} / {m.Contested} |\n");
        md.Append($"| advisor errors (no advice; counted wrong) | {m.AdvisorErrors} |\n");
        if (stamp.Repeats > 1)
            md.Append($"| stability ({stamp.Repeats} repeats; unstable) | {ReportCsv.Number(m.Stability)} ({m.Unstable} unstable) |\n");
        if (m.Usage is { } usage)
        {
            md.Append($"| tokens in / out | {usage.InputTokens} / {usage.OutputTokens} |\n");
            if (stamp.Prices is { } prices)
                md.Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| cost of the run | ${usage.Cost(prices):0.00####} |\n"));
        }

        md.Append('\n');

        md.Append("## Confusion (rows: panel, columns: classifier)\n\n| panel \\ predicted |");
        foreach (var a in ApproachText.All)
            md.Append($" {a.ToSlug()} |");
        // Scenarios without a prediction get a column only when there are some, so a run of the built-in advisor reads as before.
        var unanswered = m.Confusion.UnansweredCount > 0;
        md.Append(unanswered ? " no prediction |\n|---|---|---|---|---|\n" : "\n|---|---|---|---|\n");
        foreach (var expected in ApproachText.All)
        {
            md.Append($"| {expected.ToSlug()} |");
            foreach (var predicted in ApproachText.All)
                md.Append($" {m.Confusion[expected, predicted]} |");
            if (unanswered)
                md.Append($" {m.Confusion.Unanswered(expected)} |");
            md.Append('\n');
        }

        md.Append($"\n## Top disagreements ({Math.Min(topDisagreements.Count, TopDisagreements)} of {classifierErrors} classifier-vs-panel)\n\n");
        if (classifierErrors == 0)
            md.Append("None: the classifier agrees with the panel on every scored scenario.\n");
        else
        {
            md.Append("| scenario | panel | predicted | experts | text |\n|---|---|---|---|---|\n");
            foreach (var r in topDisagreements.Take(TopDisagreements))
                md.Append($"| {r.Scenario.Id} | {r.Expected!.Value.ToSlug()} | {r.Predicted?.ToSlug() ?? "–"} | {ReportCells.ExpertLabels(r)} | {Cell(r.Scenario.Text)} |\n");
        }

        if (m.AdvisorErrors > 0 && advisorErrors is { Count: > 0 })
        {
            md.Append($"\n## Advisor errors ({Math.Min(advisorErrors.Count, TopDisagreements)} of {m.AdvisorErrors}; all in results.csv, column advisor_error)\n\n");
            md.Append("| scenario | error |\n|---|---|\n");
            foreach (var r in advisorErrors.Take(TopDisagreements))
                md.Append($"| {r.Scenario.Id} | {Cell(r.AdvisorError ?? "")} |\n");
        }

        if (comparison is not null)
            AppendComparison(md, comparison, wholeRun: stamp.Slice is null);
        if (verdict is { Passed: false })
        {
            md.Append("\n## Gate failures\n\n");
            foreach (var failure in verdict.Failures)
                md.Append($"- {failure}\n");
        }

        md.Append("\n## Run\n\n");
        md.Append($"harness {stamp.HarnessVersion} · advisor {stamp.Advisor} ({stamp.AdvisorVersion}) · {stamp.ScenarioCount} scenarios · ");
        md.Append($"scenarios.csv sha256 `{stamp.ScenariosSha256[..12]}` · labels.csv sha256 `{stamp.LabelsSha256[..12]}`\n");
        return md.ToString();
    }

    private static void AppendComparison(StringBuilder md, RunComparison comparison, bool wholeRun)
    {
        md.Append("\n## Against the baseline\n\n");
        foreach (var warning in comparison.Cases?.Warnings ?? [])
            md.Append($"**Warning:** {warning}.\n\n");
        md.Append($"{comparison.Regressions.Count()} regression(s), {comparison.Fixes.Count()} fix(es), ");
        md.Append($"{comparison.Changes.Count(c => c.Change == ChangeKind.Changed)} other change(s), ");
        md.Append($"{comparison.Changes.Count(c => c.Change == ChangeKind.New)} new, {comparison.Changes.Count(c => c.Change == ChangeKind.Removed)} removed. ");
        md.Append($"McNemar exact p = {ReportCsv.Number(comparison.McNemarP)} over {comparison.PairedScored} scenarios scored in both runs");
        md.Append(comparison.McNemarP < 0.05 ? " (more than chance).\n\n" : " (not distinguishable from chance).\n\n");
        if (!wholeRun)
            md.Append("The baseline's figures are of the whole corpus, so they are not set beside the slice's; its scenarios are compared one by one.\n");
        else
            md.Append("| metric | baseline | now | change |\n|---|---|---|---|\n");
        foreach (var metric in wholeRun ? comparison.Metrics : [])
        {
            // Counts read as counts (100, +2), figures at the reports' precision (0.9688, -0.0104).
            var count = SummaryRow.IsCountMetric(metric.Metric);
            md.Append($"| {metric.Metric} | {Figure(metric.Baseline, count)} | {Figure(metric.Current, count)} | {Signed(metric.Delta, count)} |\n");
        }

        // Added and removed scenarios are counted above, not listed: another corpus would list every one of them.
        var listed = comparison.Changes.Where(c => c.Change is not (ChangeKind.New or ChangeKind.Removed)).ToArray();
        if (listed.Length > 0)
            md.Append('\n');
        foreach (var change in listed)
            md.Append($"- {change.InPlainWords()}\n");
    }

    private static string Figure(double? value, bool count) =>
        count && value is { } v ? v.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : ReportCsv.Number(value);

    private static string Signed(double? delta, bool count) =>
        ReportCsv.Rounded(delta) is { } d && d != 0 ? (d > 0 ? "+" : "") + Figure(d, count) : "";

    private static string Cell(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
        return oneLine.Length <= 120 ? oneLine : oneLine[..117] + "...";
    }
}

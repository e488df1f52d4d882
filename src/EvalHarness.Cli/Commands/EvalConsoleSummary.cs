using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>The compact table <c>eval</c> prints: the headline figures, where the reports went, the baseline and the gate.</summary>
internal static class EvalConsoleSummary
{
    /// <summary>Writes the summary of a finished run.</summary>
    public static void Write(TextWriter output, EvalOutcome outcome, EvalSettings settings)
    {
        var (m, advisor, advisorVersion, comparison, verdict) = outcome;
        output.WriteLine(outcome.Slice is { } slice
            ? $"Evaluated a slice of the corpus, {slice.Summary}: {m.Scored} scored, {m.Contested} contested, with advisor {advisor} ({advisorVersion})"
            : $"Evaluated {m.Scenarios} scenarios ({m.Scored} scored, {m.Contested} contested) with advisor {advisor} ({advisorVersion})");
        output.WriteLine();
        Row(output, "accuracy", $"{ReportCsv.Number(m.Accuracy)}  (95% CI {ReportCsv.Number(m.AccuracyInterval?.Low)}-{ReportCsv.Number(m.AccuracyInterval?.High)})");
        Row(output, "acceptable accuracy", ReportCsv.Number(m.AcceptableAccuracy));
        Row(output, "macro F1", ReportCsv.Number(m.MacroF1));
        Row(output, "Cohen's kappa", ReportCsv.Number(m.CohenKappa));
        Row(output, "panel alpha", ReportCsv.Number(m.ExpertKrippendorffAlpha));
        Row(output, "human ceiling", ReportCsv.Number(m.ExpertMeanAccuracy));
        Row(output, "contested", $"{m.Contested} of {m.Scenarios}");
        if (outcome.Activity is not null || m.AdvisorErrors > 0)
            Row(output, "advisor errors", $"{m.AdvisorErrors} (no advice; counted wrong)");
        if (m.Stability != 1 || m.Unstable > 0)
            Row(output, "stability", $"{ReportCsv.Number(m.Stability)} ({m.Unstable} unstable)");
        if (m.Usage is { } usage)
            Row(output, "tokens in / out", $"{usage.InputTokens} / {usage.OutputTokens}");
        if (outcome.Activity is { } activity)
        {
            Row(output, "requests sent", $"{activity.Requests} ({activity.CacheHits} from the cache, {activity.Retries} retried, {activity.Restarts} restart(s))");
            if (activity.IgnoredLines > 0)
                Row(output, "ignored output", $"{activity.IgnoredLines} line(s) that were not JSON, copied to advisor.log");
        }

        output.WriteLine();
        output.WriteLine($"Reports written to {settings.Out}");
        if (settings.JUnit is not null)
            output.WriteLine($"JUnit report written to {settings.JUnit}");
        WriteWorkList(output, outcome.Disagreements, settings.Out);

        if (comparison?.Cases is { } cases)
        {
            output.WriteLine();
            ComparisonConsoleSummary.Write(output, cases);
        }
        if (settings.UpdateBaseline)
            output.WriteLine($"Baseline updated: {settings.BaselineFolder}");

        if (verdict is null)
            return;
        var onSlice = outcome.Slice is { } s ? $" on the slice ({s.Description}; {s.Included} of {s.Scenarios} scenarios)" : "";
        if (verdict.Passed)
        {
            output.WriteLine($"Gate passed{onSlice}");
            return;
        }
        output.WriteLine($"Gate FAILED{onSlice} ({verdict.Failures.Count} condition(s)):");
        foreach (var failure in verdict.Failures)
            output.WriteLine(failure);
    }

    private static void Row(TextWriter output, string name, string value) => output.WriteLine($"  {name,-20} {value}");

    /// <summary>Where authors look next: what disagreements.csv lists, kind by kind, with the first scenarios of each.</summary>
    private static void WriteWorkList(TextWriter output, DisagreementTally tally, string reportFolder)
    {
        if (tally.IsEmpty)
        {
            output.WriteLine("Nothing to review: the advisor agrees with the panel on every scored scenario, and every panel is unanimous.");
            return;
        }

        output.WriteLine($"To review, in {reportFolder.TrimEnd('/', '\\')}/disagreements.csv:");
        Kind(DisagreementKind.ClassifierVsPanel, "where the advisor disagrees with the panel (classifier-vs-panel)");
        Kind(DisagreementKind.Contested, "the experts are tied on, so not scored (contested)");
        Kind(DisagreementKind.PanelSplit, "the experts are not unanimous on (panel-split)");

        void Kind(DisagreementKind kind, string what)
        {
            var count = tally.Count(kind);
            if (count == 0)
                return;
            var ids = string.Join(", ", tally.FirstIds(kind)) + (count > tally.FirstIds(kind).Count ? ", ..." : "");
            output.WriteLine($"  {count} {(count == 1 ? "scenario" : "scenarios")} {what}: {ids}");
        }
    }

    /// <summary>Names the scenarios the advisor failed on, when there are more than the gate allows (exit code 3).</summary>
    public static void WriteAdvisorErrors(TextWriter error, EvalOutcome outcome, int allowed)
    {
        var m = outcome.Metrics;
        error.WriteLine($"error: the advisor failed on {m.AdvisorErrors} scenario(s), more than max_advisor_errors {allowed}:");
        foreach (var result in outcome.AdvisorErrors)
            error.WriteLine($"  {result.Scenario.Id}: {result.AdvisorError}");
        if (m.AdvisorErrors > outcome.AdvisorErrors.Count)
            error.WriteLine($"  … and {m.AdvisorErrors - outcome.AdvisorErrors.Count} more; results.csv lists every one in its advisor_error column.");
    }
}

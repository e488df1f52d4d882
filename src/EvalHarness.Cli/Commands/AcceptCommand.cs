using System.CommandLine;
using System.Globalization;
using EvalHarness.Advice;
using EvalHarness.Cli.Authoring;
using EvalHarness.Corpus;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>
/// The <c>accept</c> verb: after an author edited the corpus (or an engineer the advice logic) and ran the tests, one
/// command shows what changed and accepts it: the corpus put in its committed form, every snapshot written as the tests
/// now expect it (snapshots of removed scenarios deleted), and the baseline updated, so the tests and the gate pass.
/// </summary>
internal static class AcceptCommand
{
    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [
            (ExitCodes.Ok, "accepted: the tests and the gate pass on what was accepted"),
            (ExitCodes.GateFailed, "accepted, but the quality gate fails on it (each failed condition is printed); CI will fail until the advice or the corpus is fixed"),
            (ExitCodes.InvalidInput, "the corpus has problems, or no repository was found; nothing was changed"),
        ],
        "accept");

    /// <summary>Creates the command bound to a context and the built-in advisor.</summary>
    public static Command Create(CliContext context, Func<IAdvisor> advisorFactory)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("accept",
            "Accept the corpus and advice as they are now: format the corpus, write the snapshots the tests expect, remove those of removed scenarios, update the baseline; shows what changed");
        command.SetAction(_ => Run(context, advisorFactory));
        return command;
    }

    private static int Run(CliContext context, Func<IAdvisor> advisorFactory)
    {
        if (RepositoryLayout.Find(context.WorkingDirectory) is not { } repository)
        {
            context.Error.WriteLine(RepositoryLayout.NotFound(context));
            return ExitCodes.InvalidInput;
        }

        var corpusFolder = context.Display(repository.Corpus);
        // Checked before anything is written: a corpus with problems is fixed first, and nothing is half-accepted.
        var check = CorpusFormatter.Format(repository.Corpus, write: false);
        var loaded = check.Problems.Count == 0 ? CorpusLoader.Load(repository.Corpus) : null;
        var problems = check.Problems.Count > 0 ? check.Problems : loaded!.Problems;
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                context.Error.WriteLine(problem);
            context.Error.WriteLine($"{problems.Count} problem(s) found in {corpusFolder}; fix them and run '{context.Command("accept")}' again. Nothing was changed.");
            return ExitCodes.InvalidInput;
        }

        var output = context.Output;
        output.WriteLine($"Corpus ({corpusFolder}):");
        foreach (var file in CorpusFormatter.Format(repository.Corpus).Files)
            output.WriteLine($"  {file.File}: {(file.Changed ? "put in the committed form: " + string.Join("; ", file.Differences) : "in the committed form")}");

        // The formatted files are what is evaluated, hashed into the baseline and snapshotted.
        var corpus = CorpusLoader.Load(repository.Corpus).Corpus!;
        var gate = Path.Combine(repository.Root, "fixtures", "gate.json");
        var settings = new EvalSettings(corpusFolder, context.Display(repository.LatestReports), File.Exists(gate) ? context.Display(gate) : null,
            context.Display(repository.Baseline), UpdateBaseline: true, JUnit: null)
        {
            DefaultBaseline = context.Display(repository.Baseline),
            OfTheRepository = true,
        };
        var eval = new EvalRun(context with { Output = TextWriter.Null }, advisorFactory);
        var code = eval.Run(settings);
        if (eval.Outcome is not { } outcome)
            return code;

        var snapshots = SnapshotAcceptance.Plan(repository, corpus);
        WriteChanges(output, outcome.Comparison, snapshots);
        WriteFigures(output, outcome, settings.Gate is null ? null : GatePolicyReader.Read(gate).Policy);
        snapshots.Apply();

        output.WriteLine();
        output.WriteLine("Accepted:");
        output.WriteLine($"  advice snapshots: {snapshots.NewAdvice.Count} new, {snapshots.ChangedAdvice.Count} changed, {snapshots.RemovedAdvice.Count} removed ({CorpusSnapshots.AdviceTests}/{CorpusSnapshots.SnapshotFolder}/)");
        output.WriteLine($"  report snapshots: {snapshots.ChangedReports.Count} changed ({CorpusSnapshots.ReportTests}/{CorpusSnapshots.SnapshotFolder}/)");
        if (snapshots.OtherMismatches.Count > 0)
            output.WriteLine($"  other snapshots the tests found changed: {string.Join(", ", snapshots.OtherMismatches)}");
        output.WriteLine($"  baseline: {settings.Baseline}, and the reports in {settings.Out}");
        output.WriteLine($"Review the changes with 'git diff', then commit the corpus, the snapshots and the baseline together.");
        if (outcome.Verdict is { Passed: false } verdict)
        {
            output.WriteLine();
            output.WriteLine($"The gate FAILS on what was accepted ({verdict.Failures.Count} condition(s)); CI will fail until it passes:");
            foreach (var failure in verdict.Failures)
                output.WriteLine($"  {failure}");
            return ExitCodes.GateFailed;
        }

        return code;
    }

    private static void WriteChanges(TextWriter output, RunComparison? comparison, SnapshotAcceptance snapshots)
    {
        output.WriteLine();
        var changes = comparison?.Changes ?? [];
        List(output, "New scenarios", changes.Where(c => c.Change == ChangeKind.New).Select(c => c.InPlainWords()).ToArray());
        List(output, "Removed scenarios", changes.Where(c => c.Change == ChangeKind.Removed).Select(c => c.InPlainWords()).ToArray());
        List(output, "Regressed or fixed", changes.Where(c => c.Change is ChangeKind.Regression or ChangeKind.Fix).Select(c => c.InPlainWords()).ToArray());
        var newIds = changes.Where(c => c.Change == ChangeKind.New).Select(c => c.ScenarioId).ToHashSet(StringComparer.Ordinal);
        List(output, "Changed advice", snapshots.ChangedAdvice.Select(c => $"{c.Id}: {c.Change}").ToArray());
        // New scenarios are listed above; a new snapshot for a scenario the baseline had means its snapshot was missing.
        List(output, "Advice snapshots written for scenarios that had none", snapshots.NewAdvice.Where(id => !newIds.Contains(id)).ToArray());
        if (comparison is null)
            output.WriteLine("No baseline yet: this run becomes the first one.");
        else if (changes.Count == 0 && snapshots.ChangedAdvice.Count == 0)
            output.WriteLine("No scenario's outcome or advice changed.");
    }

    private static void List(TextWriter output, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
            return;
        output.WriteLine($"{title} ({lines.Count}):");
        foreach (var line in lines)
            output.WriteLine($"  {line}");
    }

    /// <summary>Every figure of summary.csv before and after, with the gate's threshold beside the figures it checks.</summary>
    private static void WriteFigures(TextWriter output, EvalOutcome outcome, GatePolicy? policy)
    {
        output.WriteLine();
        output.WriteLine(outcome.Comparison is null ? "Report figures:" : "Report figures, baseline -> now:");
        var before = outcome.Comparison?.Metrics.ToDictionary(m => m.Metric, m => m.Baseline, StringComparer.Ordinal);
        foreach (var row in SummaryRow.All)
        {
            var now = row.Value(outcome.Metrics);
            var line = before is null
                ? $"  {row.Name,-26} {Figure(now, row.IsCount),10}"
                : $"  {row.Name,-26} {Figure(before.GetValueOrDefault(row.Name), row.IsCount),10} -> {Figure(now, row.IsCount),-10} {Delta(before.GetValueOrDefault(row.Name), now, row.IsCount),-8}";
            output.WriteLine(Threshold(policy, row.Name) is { } threshold ? $"{line} gate: {threshold}" : line.TrimEnd());
        }

        if (policy is not null)
            output.WriteLine(outcome.Verdict is { Passed: true } ? "Gate: passes" : "Gate: FAILS (below)");
    }

    private static string? Threshold(GatePolicy? policy, string metric) => (policy, metric) switch
    {
        (null, _) => null,
        ({ MinAccuracy: { } min }, "accuracy") => $"at least {ReportCsv.Number(min)}",
        ({ MinAcceptableAccuracy: { } min }, "acceptable_accuracy") => $"at least {ReportCsv.Number(min)}",
        ({ MinMacroF1: { } min }, "macro_f1") => $"at least {ReportCsv.Number(min)}",
        ({ MinCohenKappa: { } min }, "cohen_kappa") => $"at least {ReportCsv.Number(min)}",
        ({ MinStability: { } min }, "stability") => $"at least {ReportCsv.Number(min)}",
        (_, "advisor_errors") => $"at most {policy.MaxAdvisorErrors}",
        _ => null,
    };

    private static string Figure(double? value, bool count) =>
        value is null ? "-" : count ? value.Value.ToString("0", CultureInfo.InvariantCulture) : ReportCsv.Number(value);

    private static string Delta(double? before, double? now, bool count) =>
        before is { } b && now is { } n && ReportCsv.Rounded(n - b) is { } d && d != 0 ? (d > 0 ? "+" : "") + Figure(d, count) : "";
}

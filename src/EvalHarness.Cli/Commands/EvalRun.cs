using EvalHarness.Advice;
using EvalHarness.Comparison;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>One execution of <c>eval</c>: streams the corpus through the advisor into every report, committing them only when all input was valid.</summary>
internal sealed class EvalRun(CliContext context, Func<IAdvisor> advisorFactory)
{

    /// <summary>What the last <see cref="Run(EvalSettings)"/> produced, when it wrote its reports; <c>accept</c> reads the comparison and the gate from it.</summary>
    public EvalOutcome? Outcome { get; private set; }

    /// <summary>Runs the evaluation and returns the exit code.</summary>
    public int Run(EvalSettings settings)
    {
        var corpusDir = context.Resolve(settings.Corpus);
        var outDir = context.Resolve(settings.Out);
        var inputs = EvalInputs.Read(context, settings);

        var corpusProblems = CorpusProblemList.ForCorpus();
        // Hashing a large corpus takes a while, and building the advisor (the built-in one's cue tables take some
        // 50 ms; an external one starts its programs) as long again; the other core does both while this one loads the labels.
        var hashes = Task.Run(() => CorpusHashes.Of(corpusDir));
        var advisorProblems = new List<string>();
        var building = Task.Run(() => AdvisorBuilder.Build(context, settings.Advisor, advisorFactory, advisorProblems, corpusDir, log: true));
        // report.html shows each expert's rationale; a large corpus keeps none, since a string per label costs a large run dearly.
        var labelsFile = new FileInfo(Path.Combine(corpusDir, CorpusFiles.Labels));
        var keepRationales = labelsFile.Exists && labelsFile.Length <= Reports.Html.PageLimits.RationalesUpToLabelsBytes;
        using var corpus = CorpusStream.Open(corpusDir, corpusProblems, keepRationales);
        corpus.Slice = settings.NewSlice();
        var built = building.GetAwaiter().GetResult();
        try
        {
            return Run(settings, built, corpus, corpusProblems, inputs, advisorProblems, hashes, outDir);
        }
        finally
        {
            built?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private int Run(EvalSettings settings, AdvisorUnderTest? advisor, CorpusStream corpus, CorpusProblemList corpusProblems, EvalInputs inputs, List<string> advisorProblems, Task<CorpusHashes> hashes, string outDir)
    {
        var otherProblems = inputs.Problems.Concat(advisorProblems).ToList();
        // An advisor that answers from a file is still asked when other inputs have problems, so the file's problems
        // come in the same pass; any other advisor would do work, or spend money, for a run that cannot be kept.
        if (advisor is null || (otherProblems.Count > 0 && !advisor.ChecksInputs))
        {
            // Still read the whole corpus, so every problem is reported in one pass.
            while (corpus.TryReadNext(out _, out _))
            {
            }
            corpus.Complete();
            return Fail(corpusProblems, otherProblems);
        }

        var junitPart = settings.JUnit is null ? null : context.Resolve(settings.JUnit) + ".tmp";
        EvalOutcome? outcome = null;
        try
        {
            // A CI job names a file in a folder of its own (test-results/eval.xml) that does not exist yet.
            if (junitPart is not null)
                Directory.CreateDirectory(Path.GetDirectoryName(junitPart)!);
            var committed = ReportFolder.TryReplace(outDir, folder =>
            {
                outcome = Stream(corpus, corpusProblems, advisor, folder, junitPart, inputs, otherProblems, settings, hashes);
                if (outcome is not null && advisor.Log is { } log)
                {
                    // Stopped first, so what its programs say as they end is in the log too.
                    advisor.StopAsync().AsTask().GetAwaiter().GetResult();
                    log.CopyTo(Path.Combine(folder, "advisor.log"));
                }

                return outcome is not null;
            });
            if (!committed)
                return Fail(corpusProblems, otherProblems.Concat(advisor.InputProblems(corpus.ScenarioIds).Select(p => p.ToString())).ToList());
        }
        catch (AdvisorStartException e)
        {
            context.Error.WriteLine($"error: the advisor {advisor.Name} cannot be used: {e.Message}");
            context.Error.WriteLine("Nothing was written.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be created, a full disk, a file in the way: one message, no stack trace, and the
            // previous reports stay as they were (the folder is replaced only once everything was written).
            context.Error.WriteLine($"error: the reports could not be written: {e.Message}");
            context.Error.WriteLine("Check that --out and --junit name places this user can write to. Nothing was written.");
            return ExitCodes.InvalidInput;
        }
        finally
        {
            if (junitPart is not null && (outcome is null || corpusProblems.Count > 0) && File.Exists(junitPart))
                File.Delete(junitPart);
        }

        if (junitPart is not null)
            File.Move(junitPart, context.Resolve(settings.JUnit!), overwrite: true);
        if (settings.UpdateBaseline)
            CopyBaseline(outDir, context.Resolve(settings.BaselineFolder!));
        Outcome = outcome;
        EvalConsoleSummary.Write(context.Output, outcome!, settings);
        if (outcome!.Metrics.AdvisorErrors > (inputs.Policy?.MaxAdvisorErrors ?? 0))
        {
            EvalConsoleSummary.WriteAdvisorErrors(context.Error, outcome, inputs.Policy?.MaxAdvisorErrors ?? 0);
            return ExitCodes.ClassifierFailed;
        }

        return outcome.Verdict is { Passed: false } ? ExitCodes.GateFailed : ExitCodes.Ok;
    }

    /// <summary>Streams the corpus into the reports; <c>null</c> when the input had problems, so nothing is to be kept.</summary>
    private EvalOutcome? Stream(CorpusStream corpus, CorpusProblemList corpusProblems, AdvisorUnderTest advisor, string folder, string? junitPart, EvalInputs inputs, List<string> otherProblems, EvalSettings settings, Task<CorpusHashes> hashes)
    {
        var accumulator = new MetricsAccumulator(corpus.Annotators.Order(StringComparer.Ordinal).ToArray(), advisor.Rules);
        var mustPass = inputs.Policy is null ? null : new MustPassCheck(inputs.Policy);
        var advisorErrors = new List<ScenarioResult>();
        var slice = corpus.Slice;
        var inSlice = slice is null ? null : new HashSet<string>(StringComparer.Ordinal);
        using var reports = new ReportWriter(folder);
        // With a baseline, a miss it shares is skipped in JUnit, not failed: the gate passes on it, so a dashboard should too.
        var baselineProblems = new List<CorpusProblem>();
        var misses = junitPart is not null && inputs.Baseline is { } accepted ? BaselineMisses.From(accepted, inputs.Policy, baselineProblems) : null;
        using var junit = junitPart is null ? null : new JUnitXmlWriter(junitPart, misses is null ? null : misses.Judge);
        using (var progress = new ProgressLine(context, advisor.Activity, corpus.LabelledScenarios, advisor.Repeats))
        {
            foreach (var result in CorpusEvaluator.Stream(corpus, advisor))
            {
                accumulator.Add(result);
                reports.Add(result);
                junit?.Add(result);
                mustPass?.Add(result);
                inSlice?.Add(result.Scenario.Id);
                if (result.AdvisorError is not null && advisorErrors.Count < EvalOutcome.AdvisorErrorsShown)
                    advisorErrors.Add(result);
                progress.Report(corpus.Progress);
            }
        }
        corpus.Complete();
        otherProblems.AddRange(baselineProblems.Select(p => p.ToString()));
        if (slice is not null)
        {
            // A tag or id that names no scenario would make an empty or a smaller run than asked for: said, with the nearest.
            otherProblems.AddRange(slice.Problems(corpus.ScenarioIds));
            mustPass?.NoteTags(slice.TagLists);
        }
        // A must-pass tag no scenario has is a mistake in the policy (a typo), found only now that every tag was seen.
        otherProblems.AddRange((mustPass?.UnknownTags() ?? []).Select(p => p.ToString()));
        // A broken corpus is reported, not evaluated; its files may not even exist to be hashed.
        if (corpusProblems.Count > 0 || otherProblems.Count > 0 || advisor.InputProblems(corpus.ScenarioIds).Count > 0)
            return null;

        var metrics = accumulator.ToMetrics();
        var stamp = RunStamp.For(hashes.GetAwaiter().GetResult(), advisor.Version, metrics.Scenarios) with
        {
            Advisor = advisor.Name,
            Repeats = advisor.Repeats,
            Prices = settings.Advisor is { PriceInput: { } input, PriceOutput: { } output } ? new TokenPrices(input, output) : null,
            Slice = slice?.Cell,
            CorpusScenarioCount = slice?.Scenarios,
        };
        RunComparison? compared = null;
        if (inputs.Baseline is { } baseline)
        {
            // The same engine as 'compare': the baseline folder against this run's results.csv, read back once it is complete.
            reports.CompleteResults();
            var (current, _) = RecordedRun.OpenResults(reports.ResultsPath, settings.Out, metrics, stamp);
            // A slice is compared with the same scenarios of the baseline, so those it left out are not taken for removed.
            var before = inSlice is null ? baseline : baseline.Only(inSlice.Contains);
            var (cases, problems) = ComparisonWriter.WriteInto(folder, before, current!);
            if (cases is null)
            {
                otherProblems.AddRange(problems.Select(p => p.ToString()));
                return null;
            }
            compared = RunComparison.From(cases);
        }
        // Accepting a run accepts its changes: regressions against the old baseline are reported, not gated.
        var verdict = inputs.Policy is null ? null
            : QualityGate.Check(inputs.Policy, metrics, mustPass!.Failures, settings.UpdateBaseline ? null : compared);
        reports.Complete(metrics, stamp, compared, verdict);
        junit?.Complete();
        return new EvalOutcome(metrics, advisor.Name, advisor.Version, compared, verdict)
        {
            AdvisorErrors = advisorErrors,
            Activity = advisor.Activity,
            Disagreements = reports.Disagreements,
            Slice = slice,
        };
    }

    private static void CopyBaseline(string outDir, string baselineDir) =>
        ReportFolder.Replace(baselineDir, folder =>
        {
            foreach (var file in new[] { "results.csv", "summary.csv" })
                File.Copy(Path.Combine(outDir, file), Path.Combine(folder, file));
        });

    private int Fail(CorpusProblemList corpusProblems, IReadOnlyList<string> otherProblems)
    {
        var all = corpusProblems.Sorted().Select(p => p.ToString()).Concat(otherProblems).ToArray();
        foreach (var problem in all)
            context.Error.WriteLine(problem);
        context.Error.WriteLine($"{all.Length} problem(s) found; nothing was written.");
        return ExitCodes.InvalidInput;
    }
}

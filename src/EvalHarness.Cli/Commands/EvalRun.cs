using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>One execution of <c>eval</c>: streams the corpus through the advisor into every report, committing them only when all input was valid.</summary>
internal sealed class EvalRun(CliContext context, Func<IAdvisor> advisorFactory)
{
    /// <summary>Runs the evaluation and returns the exit code.</summary>
    public int Run(EvalSettings settings)
    {
        var corpusDir = context.Resolve(settings.Corpus);
        var outDir = context.Resolve(settings.Out);
        var inputs = EvalInputs.Read(context, settings);

        var corpusProblems = CorpusProblemList.ForCorpus();
        // Hashing a large corpus takes a while, and building the advisor's cue tables some 50 ms; the other core does
        // both while this one loads the labels.
        var hashes = Task.Run(() => CorpusHashes.Of(corpusDir));
        var advisor = Task.Run(advisorFactory);
        using var corpus = CorpusStream.Open(corpusDir, corpusProblems);
        if (inputs.Problems.Count > 0)
        {
            // Still read the whole corpus, so every problem is reported in one pass.
            while (corpus.TryReadNext(out _, out _))
            {
            }
            corpus.Complete();
            return Fail(corpusProblems, inputs.Problems);
        }

        var junitPart = settings.JUnit is null ? null : context.Resolve(settings.JUnit) + ".tmp";
        EvalOutcome? outcome = null;
        try
        {
            var committed = ReportFolder.TryReplace(outDir, folder =>
            {
                outcome = Stream(corpus, corpusProblems, advisor.GetAwaiter().GetResult(), folder, junitPart, inputs, settings, hashes);
                return outcome is not null;
            });
            if (!committed)
                return Fail(corpusProblems, []);
        }
        catch (AdvisorFailedException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            context.Error.WriteLine("The classifier failed; no report was written.");
            return ExitCodes.ClassifierFailed;
        }
        finally
        {
            if (junitPart is not null && (outcome is null || corpusProblems.Count > 0))
                File.Delete(junitPart);
        }

        if (junitPart is not null)
            File.Move(junitPart, context.Resolve(settings.JUnit!), overwrite: true);
        if (settings.UpdateBaseline)
            CopyBaseline(outDir, context.Resolve(settings.BaselineFolder!));
        EvalConsoleSummary.Write(context.Output, outcome!, settings);
        return outcome!.Verdict is { Passed: false } ? ExitCodes.GateFailed : ExitCodes.Ok;
    }

    /// <summary>Streams the corpus into the reports; <c>null</c> when the corpus had problems, so nothing is to be kept.</summary>
    private EvalOutcome? Stream(CorpusStream corpus, CorpusProblemList corpusProblems, IAdvisor advisor, string folder, string? junitPart, EvalInputs inputs, EvalSettings settings, Task<CorpusHashes> hashes)
    {
        var accumulator = new MetricsAccumulator(corpus.Annotators.Order(StringComparer.Ordinal).ToArray(), advisor.Rules);
        var comparison = inputs.Baseline is null ? null : new RunComparisonBuilder(inputs.Baseline);
        var mustPass = inputs.Policy is null ? null : new MustPassCheck(inputs.Policy);
        using var reports = new ReportWriter(folder);
        using var junit = junitPart is null ? null : new JUnitXmlWriter(junitPart);
        using (var progress = new ProgressLine(context))
        {
            foreach (var result in CorpusEvaluator.Stream(corpus, advisor))
            {
                accumulator.Add(result);
                reports.Add(result);
                junit?.Add(result);
                comparison?.Add(result);
                mustPass?.Add(result);
                progress.Report(corpus.Progress);
            }
        }
        corpus.Complete();
        // A broken corpus is reported, not evaluated; its files may not even exist to be hashed.
        if (corpusProblems.Count > 0)
            return null;

        var metrics = accumulator.ToMetrics();
        var compared = comparison?.Build(metrics);
        // Accepting a run accepts its changes: regressions against the old baseline are reported, not gated.
        var verdict = inputs.Policy is null ? null
            : QualityGate.Check(inputs.Policy, metrics, mustPass!.Failures, settings.UpdateBaseline ? null : compared);
        var stamp = RunStamp.For(hashes.GetAwaiter().GetResult(), advisor.Version, metrics.Scenarios);
        reports.Complete(metrics, stamp, compared, verdict);
        junit?.Complete();
        return new EvalOutcome(metrics, advisor.Version, compared, verdict);
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

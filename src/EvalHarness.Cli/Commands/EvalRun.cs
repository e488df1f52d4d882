using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>One execution of <c>eval</c>: every input is checked before anything is written.</summary>
internal sealed class EvalRun(CliContext context, IAdvisor advisor)
{
    /// <summary>Runs the evaluation and returns the exit code.</summary>
    public int Run(EvalSettings settings)
    {
        var corpusDir = context.Resolve(settings.Corpus);
        var outDir = context.Resolve(settings.Out);
        var problems = new List<string>();

        var loaded = CorpusLoader.Load(corpusDir);
        problems.AddRange(loaded.Problems.Select(p => p.ToString()));
        GatePolicy? policy = null;
        if (settings.Gate is { } gatePath)
        {
            var (read, gateProblems) = GatePolicyReader.Read(context.Resolve(gatePath));
            policy = read;
            problems.AddRange(gateProblems.Select(p => p.ToString()));
        }
        BaselineRun? baseline = null;
        var baselineDir = settings.BaselineFolder is { } b ? context.Resolve(b) : null;
        // A first --update-baseline has nothing to compare with; otherwise an explicit --baseline must exist.
        var firstBaseline = settings.UpdateBaseline && baselineDir is not null && !Directory.Exists(baselineDir);
        if (baselineDir is not null && !firstBaseline)
        {
            var (read, baselineProblems) = BaselineRun.Read(baselineDir);
            baseline = read;
            problems.AddRange(baselineProblems.Select(p => $"{settings.BaselineFolder}/{p}"));
        }
        if (!ReportFolder.CanReplace(outDir))
            problems.Add($"--out {settings.Out}: refusing to replace a folder that holds files other than reports; choose an empty or new folder");
        if (problems.Count > 0)
            return Fail(problems);

        EvaluationRun run;
        try
        {
            run = CorpusEvaluator.Evaluate(loaded.Corpus!, advisor);
        }
        catch (AdvisorFailedException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            context.Error.WriteLine("The classifier failed; no report was written.");
            return ExitCodes.ClassifierFailed;
        }

        var stamp = RunStamp.For(corpusDir, run.AdvisorVersion, run.Results.Count);
        var comparison = baseline is null ? null : RunComparison.Compare(baseline, run);
        // Accepting a run accepts its changes: regressions against the old baseline are reported, not gated.
        var gatedComparison = settings.UpdateBaseline ? null : comparison;
        var verdict = policy is null ? null : QualityGate.Check(policy, run, gatedComparison);

        ReportSet.Write(outDir, run, stamp, comparison, verdict);
        if (settings.JUnit is { } junit)
            WriteJUnit(context.Resolve(junit), run);
        if (settings.UpdateBaseline)
            ReportSet.WriteBaseline(baselineDir!, run, stamp);

        EvalConsoleSummary.Write(context.Output, run, comparison, verdict, settings);
        return verdict is { Passed: false } ? ExitCodes.GateFailed : ExitCodes.Ok;
    }

    private static void WriteJUnit(string path, EvaluationRun run)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        JUnitXmlWriter.Write(temporary, run);
        File.Move(temporary, path, overwrite: true);
    }

    private int Fail(List<string> problems)
    {
        foreach (var problem in problems)
            context.Error.WriteLine(problem);
        context.Error.WriteLine($"{problems.Count} problem(s) found; nothing was written.");
        return ExitCodes.InvalidInput;
    }
}

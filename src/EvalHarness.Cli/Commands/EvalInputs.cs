using EvalHarness.Comparison;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>The inputs of <c>eval</c> besides the corpus: the gate policy and the baseline, and the folders it will replace, with their problems.</summary>
/// <param name="Policy">The gate policy, or <c>null</c> when none was asked for (or it is invalid).</param>
/// <param name="Baseline">The baseline to compare with, or <c>null</c>.</param>
/// <param name="Problems">Located problems of the inputs, as lines to print.</param>
internal sealed record EvalInputs(GatePolicy? Policy, RecordedRun? Baseline, List<string> Problems)
{
    /// <summary>Reads the gate policy and the baseline the settings name, and checks the folders the run will replace.</summary>
    public static EvalInputs Read(CliContext context, EvalSettings settings)
    {
        var problems = new List<string>();
        CheckReplaceable(context, "--out", settings.Out, problems);
        GatePolicy? policy = null;
        if (settings.Gate is { } gatePath)
        {
            var (read, gateProblems) = GatePolicyReader.Read(context.Resolve(gatePath));
            policy = read;
            problems.AddRange(gateProblems.Select(p => p.ToString()));
        }

        // A slice accepted as the baseline would leave every other scenario's accepted outcome behind.
        if (settings.UpdateBaseline && settings.Tags.Count + settings.Ids.Count > 0)
            problems.Add("--update-baseline accepts a whole run, and --tag or --id runs a slice: the baseline would lose every scenario outside it; "
                + "run without --tag and --id to update the baseline");

        // Accepting a run of another corpus into the default baseline would overwrite the bundled corpus's accepted run.
        if (settings.UpdateBaseline && settings.Baseline is null && !settings.OfTheRepository)
            problems.Add($"--update-baseline with --corpus {settings.Corpus} would overwrite {settings.DefaultBaseline}, the baseline of the repository's {RepositoryLayout.CorpusFolder}; "
                + $"name the baseline of this corpus with --baseline DIR, such as --baseline {SuggestedBaseline(settings.Corpus)}");

        RecordedRun? baseline = null;
        var baselineDir = settings.BaselineFolder is { } b ? context.Resolve(b) : null;
        // A first --update-baseline has nothing to compare with; otherwise an explicit --baseline must exist.
        var firstBaseline = settings.UpdateBaseline && baselineDir is not null && !Directory.Exists(baselineDir);
        if (settings.UpdateBaseline && settings.BaselineFolder is { } accepted)
            CheckReplaceable(context, "--baseline", accepted, problems);
        if (baselineDir is not null && !firstBaseline)
        {
            var (read, baselineProblems) = RecordedRun.Open(baselineDir, settings.BaselineFolder);
            baseline = read;
            problems.AddRange(baselineProblems.Select(p => p.ToString()));
        }
        return new EvalInputs(policy, baseline, problems);
    }

    private static string SuggestedBaseline(string corpus)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(corpus));
        return $"reports/baseline-{(name.Length == 0 ? "other" : name)}";
    }

    // Checked before anything is written, so a folder of other work is named as a problem instead of failing the run halfway.
    private static void CheckReplaceable(CliContext context, string option, string folder, List<string> problems)
    {
        if (!ReportFolder.CanReplace(context.Resolve(folder)))
            problems.Add($"{option} {folder}: refusing to replace a folder that holds files other than reports; choose an empty or new folder");
    }
}

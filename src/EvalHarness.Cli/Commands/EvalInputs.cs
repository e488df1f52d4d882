using EvalHarness.Gate;

namespace EvalHarness.Cli.Commands;

/// <summary>The inputs of <c>eval</c> besides the corpus: the gate policy and the baseline, with their problems.</summary>
/// <param name="Policy">The gate policy, or <c>null</c> when none was asked for (or it is invalid).</param>
/// <param name="Baseline">The baseline to compare with, or <c>null</c>.</param>
/// <param name="Problems">Located problems of the inputs, as lines to print.</param>
internal sealed record EvalInputs(GatePolicy? Policy, BaselineRun? Baseline, List<string> Problems)
{
    /// <summary>Reads the gate policy and the baseline the settings name.</summary>
    public static EvalInputs Read(CliContext context, EvalSettings settings)
    {
        var problems = new List<string>();
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
        return new EvalInputs(policy, baseline, problems);
    }
}

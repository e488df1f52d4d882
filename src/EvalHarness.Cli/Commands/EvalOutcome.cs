using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>What a finished <c>eval</c> shows on the console.</summary>
/// <param name="Metrics">The run's metrics.</param>
/// <param name="Advisor">The advisor evaluated, as the user named it.</param>
/// <param name="AdvisorVersion">The advisor's version or fingerprint.</param>
/// <param name="Comparison">The comparison with the baseline, if any.</param>
/// <param name="Verdict">The gate's verdict, if a gate was checked.</param>
internal sealed record EvalOutcome(EvaluationMetrics Metrics, string Advisor, string AdvisorVersion, RunComparison? Comparison, GateVerdict? Verdict)
{
    /// <summary>How many of the scenarios the advisor failed on the console names.</summary>
    public const int AdvisorErrorsShown = 20;

    /// <summary>The first scenarios the advisor failed on, in corpus order.</summary>
    public IReadOnlyList<ScenarioResult> AdvisorErrors { get; init; } = [];

    /// <summary>The slice evaluated (<c>--tag</c>, <c>--id</c>), or <c>null</c> for the whole corpus.</summary>
    public ScenarioSlice? Slice { get; init; }

    /// <summary>What the work list, disagreements.csv, holds: how many of each kind and the first of each.</summary>
    public DisagreementTally Disagreements { get; init; } = new();

    /// <summary>What an external advisor did: requests, cache hits, retries; <c>null</c> for the built-in advisor.</summary>
    public AdvisorActivity? Activity { get; init; }
}

using EvalHarness.Advice;

namespace EvalHarness.Evaluation;

/// <summary>How much of the framework a run exercised: how many scenarios reached each leaf, and had each reason and warning.</summary>
/// <param name="Leaves">Scenarios per leaf, indexed by <see cref="Leaf"/>.</param>
/// <param name="Reasons">Scenarios per reason for fine-tuning, indexed by <see cref="FineTuneReason"/>.</param>
/// <param name="Warnings">Scenarios per warning, indexed by <see cref="WarningCode"/>.</param>
public sealed record AdviceCoverage(IReadOnlyList<long> Leaves, IReadOnlyList<long> Reasons, IReadOnlyList<long> Warnings)
{
    /// <summary>A run that reached nothing.</summary>
    public static AdviceCoverage None { get; } = new(
        new long[Enum.GetValues<Leaf>().Length], new long[Enum.GetValues<FineTuneReason>().Length], new long[Enum.GetValues<WarningCode>().Length]);
}

using EvalHarness.Evaluation;

namespace EvalHarness.Comparison;

/// <summary>
/// The scenarios scored in both runs, counted by whether each run got them right: McNemar's exact test on the two kinds of
/// flip, and the accuracy difference with Newcombe's paired 95% interval.
/// </summary>
/// <param name="BothRight">Right in both runs.</param>
/// <param name="Regressed">Right before, wrong now.</param>
/// <param name="Fixed">Wrong before, right now.</param>
/// <param name="BothWrong">Wrong in both runs.</param>
public sealed record PairedOutcomes(long BothRight, long Regressed, long Fixed, long BothWrong)
{
    /// <summary>How many scenarios were scored in both runs.</summary>
    public long Count => BothRight + Regressed + Fixed + BothWrong;

    /// <summary>The base run's accuracy on these scenarios; <c>null</c> when there are none.</summary>
    public double? AccuracyBefore => Count == 0 ? null : (double)(BothRight + Regressed) / Count;

    /// <summary>The new run's accuracy on these scenarios; <c>null</c> when there are none.</summary>
    public double? AccuracyAfter => Count == 0 ? null : (double)(BothRight + Fixed) / Count;

    /// <summary>New minus base accuracy, <c>(fixed − regressed) / count</c>; <c>null</c> when there are none.</summary>
    public double? Difference => Count == 0 ? null : (double)(Fixed - Regressed) / Count;

    /// <summary>Newcombe's paired 95% interval of <see cref="Difference"/>.</summary>
    public NewcombeInterval? DifferenceInterval => NewcombeInterval.ForDifference(BothRight, Regressed, Fixed, BothWrong);

    /// <summary>McNemar's exact two-sided p-value that the flips are chance; 1 when nothing flipped.</summary>
    public double McNemarP => McNemarTest.ExactTwoSidedP(Regressed, Fixed);
}

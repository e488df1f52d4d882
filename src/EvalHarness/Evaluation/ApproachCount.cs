using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>The size of the label set and the guard every accumulator applies to incoming labels.</summary>
internal static class ApproachCount
{
    /// <summary>How many approaches there are; counts tables are indexed by <c>(int)Approach</c>.</summary>
    public const int Value = 3;

    /// <summary>The table index of <paramref name="approach"/>; throws for a value outside the enum so bad casts fail loudly.</summary>
    public static int IndexOf(Approach approach, string parameterName) =>
        (uint)approach < Value
            ? (int)approach
            : throw new ArgumentOutOfRangeException(parameterName, approach, "Not a defined approach.");
}

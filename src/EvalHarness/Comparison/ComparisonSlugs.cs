namespace EvalHarness.Comparison;

/// <summary>The kebab-case names of a comparison's outcomes and changes, as comparison.csv and comparison.html write them.</summary>
public static class ComparisonSlugs
{
    /// <summary><c>fixed</c>, <c>regressed</c>, <c>still-wrong</c>, <c>still-right</c>, <c>unscored</c>, <c>added</c> or <c>removed</c>.</summary>
    public static string ToSlug(this CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Fixed => "fixed",
        CaseOutcome.Regressed => "regressed",
        CaseOutcome.StillWrong => "still-wrong",
        CaseOutcome.StillRight => "still-right",
        CaseOutcome.Unscored => "unscored",
        CaseOutcome.Added => "added",
        CaseOutcome.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>Each change's name in flag order (<c>prediction;leaf;evidence</c>), joined with <c>;</c>; empty for none.</summary>
    public static string ToSlugs(this CaseChanges changes)
    {
        if (changes == CaseChanges.None)
            return "";
        var names = new List<string>(4);
        foreach (var flag in Enum.GetValues<CaseChanges>())
            if (flag != CaseChanges.None && (changes & flag) == flag)
                names.Add(flag.ToString().ToLowerInvariant());
        return string.Join(';', names);
    }
}

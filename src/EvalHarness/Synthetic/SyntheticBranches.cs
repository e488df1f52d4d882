using EvalHarness.Corpus;

namespace EvalHarness.Synthetic;

/// <summary>The branches grouped by the approach the course's framework gives them, and their slugs.</summary>
public static class SyntheticBranches
{
    /// <summary>Every branch, in enum order.</summary>
    public static IReadOnlyList<SyntheticBranch> All { get; } = Enum.GetValues<SyntheticBranch>();

    /// <summary>The branches that lead to an approach, in enum order.</summary>
    public static IReadOnlyList<SyntheticBranch> Of(Approach approach) => ByApproach[(int)approach];

    // Derived from ApproachOf, so a branch's approach is stated in one place.
    private static readonly SyntheticBranch[][] ByApproach =
        Enum.GetValues<Approach>().Select(a => All.Where(b => b.ApproachOf() == a).ToArray()).ToArray();

    /// <summary>The approach the framework recommends for a branch; "prompt-engineer harder" recommends prompting.</summary>
    public static Approach ApproachOf(this SyntheticBranch branch) => branch switch
    {
        <= SyntheticBranch.PromptHarder => Approach.Prompting,
        <= SyntheticBranch.HighVolume => Approach.FineTuning,
        <= SyntheticBranch.FineTunedButHallucinates => Approach.Rag,
        _ => throw new ArgumentOutOfRangeException(nameof(branch), branch, null),
    };

    /// <summary>The branch as a slug for tags and reports: <c>prompting-works</c>, <c>style-persona</c>, ...</summary>
    public static string ToSlug(this SyntheticBranch branch) => branch switch
    {
        SyntheticBranch.PromptingWorks => "prompting-works",
        SyntheticBranch.OneOff => "one-off",
        SyntheticBranch.TooLittleData => "too-little-data",
        SyntheticBranch.PromptHarder => "prompt-harder",
        SyntheticBranch.Format => "format",
        SyntheticBranch.StylePersona => "style-persona",
        SyntheticBranch.ShorterPrompts => "shorter-prompts",
        SyntheticBranch.Latency => "latency",
        SyntheticBranch.HighVolume => "high-volume",
        SyntheticBranch.RecentFacts => "recent-facts",
        SyntheticBranch.PrivateDocs => "private-docs",
        SyntheticBranch.Citations => "citations",
        SyntheticBranch.PerCustomerRecords => "per-customer-records",
        SyntheticBranch.FineTunedButHallucinates => "fine-tuned-but-hallucinates",
        _ => throw new ArgumentOutOfRangeException(nameof(branch), branch, null),
    };
}

namespace EvalHarness.Corpus;

/// <summary>One situation a learner might be in, as written by a curriculum author; immutable.</summary>
/// <param name="Id">The unique slug that names the scenario in labels, reports and snapshots.</param>
/// <param name="Text">The situation in plain words; the only input the advisor reads besides the facts below.</param>
public sealed record Scenario(string Id, string Text)
{
    /// <summary>Requests per day, when the author knows it; <c>null</c> means unknown.</summary>
    public long? DailyRequests { get; init; }

    /// <summary>Input tokens per request, excluding the system prompt; <c>null</c> means unknown.</summary>
    public long? TokensPerRequest { get; init; }

    /// <summary>Labelled examples available for fine-tuning; <c>null</c> means unknown.</summary>
    public long? TrainingExamples { get; init; }

    /// <summary>Slugs that group scenarios, such as <c>seed-quiz</c>; never read by the advisor.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the scenario comes from; free text, never read by the advisor.</summary>
    public string? Source { get; init; }

    /// <summary>Notes for other authors; free text, never read by the advisor.</summary>
    public string? Notes { get; init; }

    /// <summary>The line of scenarios.csv the record starts on, or 0 when the scenario did not come from a file.</summary>
    public int Line { get; init; }
}

namespace EvalHarness.Advice;

/// <summary>
/// What an advisor answered to one request: advice, or an error that says what went wrong. An external advisor's
/// failure is an answer, not an exception, so one bad scenario is a row of the reports and the run goes on.
/// </summary>
public sealed record AdvisorAnswer
{
    private AdvisorAnswer(ScenarioAdvice? advice, string? error, TokenUsage? usage, string? json)
    {
        Advice = advice;
        Error = error;
        Usage = usage;
        Json = json;
    }

    /// <summary>The advice; <c>null</c> when the advisor failed.</summary>
    public ScenarioAdvice? Advice { get; }

    /// <summary>Why there is no advice; <c>null</c> when there is.</summary>
    public string? Error { get; }

    /// <summary>The tokens a chat model spent on the answer, cached answers included; <c>null</c> for advisors that spend none.</summary>
    public TokenUsage? Usage { get; }

    /// <summary>
    /// The answer object exactly as the advisor sent it (protocol 1's answer fields), which the response cache stores
    /// and reads back through <see cref="AdvisorAnswerJson.Read"/>; <c>null</c> for answers that are not to be cached.
    /// </summary>
    public string? Json { get; }

    /// <summary>Whether the advisor answered with advice.</summary>
    public bool Succeeded => Advice is not null;

    /// <summary>An answer with advice.</summary>
    /// <param name="advice">The advice.</param>
    /// <param name="usage">The tokens spent on it, for a chat model.</param>
    /// <param name="json">The answer object as received, so the response cache can keep it; <c>null</c> to keep it out of the cache.</param>
    public static AdvisorAnswer Of(ScenarioAdvice advice, TokenUsage? usage = null, string? json = null)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return new AdvisorAnswer(advice, null, usage, json);
    }

    /// <summary>A failure; <paramref name="error"/> says what went wrong in one line, quoting what the advisor said.</summary>
    public static AdvisorAnswer Failed(string error, TokenUsage? usage = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new AdvisorAnswer(null, error, usage, null);
    }
}

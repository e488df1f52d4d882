namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// How a chat model's failed requests are tried again: what may be retried how often, and how long to wait between
/// tries — exponential backoff with jitter, or the server's Retry-After when it gives one; immutable.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>At most 4 retries, 1 s doubling to at most 30 s, a Retry-After honoured up to 60 s, a timed-out request tried once more.</summary>
    public static RetryPolicy Default { get; } = new();

    /// <summary>How many times a request that failed transiently (429, 5xx, transport) is sent again.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>
    /// How many times a request that timed out is sent again. A model that is slow on one request is usually slow on
    /// the next, so a timeout is retried once, as a hung exec program's requests are, rather than <see cref="MaxRetries"/> times.
    /// </summary>
    public int MaxTimeoutRetries { get; init; } = 1;

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries that the policy chooses itself.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest Retry-After honoured; a server that asks for more fails the request instead of stalling the run.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How many retries a failure of this kind gets.</summary>
    public int RetriesFor(ChatFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return !failure.IsTransient ? 0 : failure.Kind == ChatFailureKind.TimedOut ? MaxTimeoutRetries : MaxRetries;
    }

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (from 1): the server's Retry-After when it gave one, else
    /// <see cref="BaseDelay"/> doubled per retry, capped at <see cref="MaxDelay"/>, times a random factor from 0.5 to 1
    /// so that requests failed together do not come back together.
    /// </summary>
    /// <param name="retry">Which retry, from 1.</param>
    /// <param name="retryAfter">What the server asked for, if anything.</param>
    /// <param name="jitter">A random number from 0 to 1.</param>
    public TimeSpan Delay(int retry, TimeSpan? retryAfter, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        if (retryAfter is { } asked)
            return asked;
        var exponential = BaseDelay.Ticks * Math.Pow(2, Math.Min(retry - 1, 30));
        var capped = Math.Min(exponential, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(capped * (0.5 + Math.Clamp(jitter, 0, 1) / 2)));
    }
}

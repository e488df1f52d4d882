namespace EvalHarness.Advice;

/// <summary>
/// Running counts of what an external advisor did, for the progress line and the console: requests sent, answers
/// taken from the cache, retries, restarts, errors and lines it wrote that were not part of the protocol.
/// </summary>
/// <remarks>Thread-safe; the counts only grow. They describe this run, not its results, so reports never show them.</remarks>
public sealed class AdvisorActivity
{
    private long _requests;
    private long _cacheHits;
    private long _retries;
    private long _restarts;
    private long _errors;
    private long _ignoredLines;
    private long _answered;

    /// <summary>Requests sent to the program or model (a retry counts again).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Answers read from the response cache instead of asked for.</summary>
    public long CacheHits => Interlocked.Read(ref _cacheHits);

    /// <summary>Requests sent again after a failure that may pass on a second try.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Times a program was started again after it died or hung.</summary>
    public long Restarts => Interlocked.Read(ref _restarts);

    /// <summary>Answers that were errors.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Lines of standard output that were not JSON, copied to advisor.log.</summary>
    public long IgnoredLines => Interlocked.Read(ref _ignoredLines);

    /// <summary>Requests answered, with advice or an error, from the advisor or the cache.</summary>
    public long Answered => Interlocked.Read(ref _answered);

    /// <summary>Counts a request sent.</summary>
    public void CountRequest() => Interlocked.Increment(ref _requests);

    /// <summary>Counts an answer taken from the cache.</summary>
    public void CountCacheHit() => Interlocked.Increment(ref _cacheHits);

    /// <summary>Counts a retry.</summary>
    public void CountRetry() => Interlocked.Increment(ref _retries);

    /// <summary>Counts a restart of a program.</summary>
    public void CountRestart() => Interlocked.Increment(ref _restarts);

    /// <summary>Counts a line that was not part of the protocol.</summary>
    public void CountIgnoredLine() => Interlocked.Increment(ref _ignoredLines);

    /// <summary>Counts a finished request: an answer or an error.</summary>
    public void CountAnswer(AdvisorAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Interlocked.Increment(ref _answered);
        if (!answer.Succeeded)
            Interlocked.Increment(ref _errors);
    }
}

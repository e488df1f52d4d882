using System.Text.Json;

namespace EvalHarness.Advice.Caching;

/// <summary>
/// An external advisor with a response cache in front: an answer seen before is read from disk and no request is
/// sent, so a second identical run costs nothing and writes the same reports. Only answers with advice are stored.
/// </summary>
/// <remarks>
/// The key is the inner advisor's <see cref="IExternalAdvisor.Version"/> — which names everything that decides its
/// answers — with the request line, which holds the scenario's text, facts and repeat index.
/// </remarks>
/// <param name="inner">The advisor asked on a miss.</param>
/// <param name="cache">The cache.</param>
/// <param name="log">Where an answer that could not be stored is noted; the run goes on without it.</param>
public sealed class CachingAdvisor(IExternalAdvisor inner, ResponseCache cache, AdvisorLog? log = null) : IExternalAdvisor
{
    private readonly IExternalAdvisor _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly ResponseCache _cache = cache ?? throw new ArgumentNullException(nameof(cache));
    private readonly object _writesGate = new();
    private readonly HashSet<Task> _writes = [];

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public string Version => _inner.Version;

    /// <inheritdoc />
    public AdvisorActivity Activity => _inner.Activity;

    /// <summary>The cache in front of the advisor.</summary>
    public ResponseCache Cache => _cache;

    /// <inheritdoc />
    public async ValueTask<AdvisorAnswer> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken)
    {
        var scenario = request.Scenario ?? throw new ArgumentException("The request has no scenario.", nameof(request));
        var key = ResponseCache.Key(_inner.Version, AdviceRequestJson.Line(request));
        if (_cache.TryRead(key, out var json, out var usage) && Read(json, scenario) is { } advice)
        {
            Activity.CountCacheHit();
            return AdvisorAnswer.Of(advice, usage, json);
        }

        var answer = await _inner.AdviseAsync(request, cancellationToken).ConfigureAwait(false);
        if (answer.Succeeded && answer.Json is not null)
            Store(key, answer);
        return answer;
    }

    // Written beside the run rather than in the request's turn, so a slot of the concurrency is free again as soon as
    // the answer is; every write is awaited before the advisor is disposed.
    private void Store(string key, AdvisorAnswer answer)
    {
        var write = Task.Run(() =>
        {
            try
            {
                _cache.Write(key, answer.Json!, answer.Usage);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The cache only saves asking again; a full disk or a read-only folder must not fail the run.
                log?.Write("cache", $"an answer was not stored in {_cache.Directory}: {e.Message}");
            }
        });
        lock (_writesGate)
            _writes.Add(write);
        write.ContinueWith(done =>
        {
            lock (_writesGate)
                _writes.Remove(done);
        }, TaskScheduler.Default);
    }

    /// <summary>Waits until every answer given so far is on disk, or noted in the log as not stored.</summary>
    public async Task FlushAsync()
    {
        Task[] pending;
        lock (_writesGate)
            pending = [.. _writes];
        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    // An entry whose answer no longer reads (a damaged file, an older format) is a miss: asked again and replaced.
    private static ScenarioAdvice? Read(string json, Corpus.Scenario scenario)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return AdvisorAnswerJson.Read(document.RootElement, scenario).Advice;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Finishes writing the cache, then disposes the advisor.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
        }
    }
}

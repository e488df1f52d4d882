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
public sealed class CachingAdvisor(IExternalAdvisor inner, ResponseCache cache) : IExternalAdvisor
{
    private readonly IExternalAdvisor _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    private readonly ResponseCache _cache = cache ?? throw new ArgumentNullException(nameof(cache));

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
            _cache.Write(key, answer.Json, answer.Usage);
        return answer;
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

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}

using System.ClientModel.Primitives;
using System.Globalization;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// Reads how long a server asks a client to wait: <c>retry-after-ms</c> (Azure OpenAI, milliseconds), or
/// <c>Retry-After</c> as seconds or as an HTTP date (RFC 9110).
/// </summary>
public static class RetryAfterHeader
{
    /// <summary>The wait the headers ask for; <c>null</c> when they do not say, zero for a date already past.</summary>
    public static TimeSpan? Read(PipelineResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.TryGetValue("retry-after-ms", out var milliseconds);
        headers.TryGetValue("Retry-After", out var retryAfter);
        return Read(milliseconds, retryAfter, now);
    }

    /// <summary>The wait given the two headers' values, either of which may be missing.</summary>
    public static TimeSpan? Read(string? retryAfterMs, string? retryAfter, DateTimeOffset now)
    {
        if (double.TryParse(retryAfterMs, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0 && double.IsFinite(ms))
            return TimeSpan.FromMilliseconds(ms);
        var value = retryAfter?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds >= 0 && double.IsFinite(seconds) && seconds < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
        // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 1123; the obsolete forms are read as well as .NET reads them).
        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}

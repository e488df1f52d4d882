using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Sockets;
using System.Text.Json;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// One failed request to a chat model, classified: what kind of failure, the HTTP status, what the server said and
/// how long it asked us to wait. The retry step decides from it (retry only what can succeed on a second try: 429,
/// 5xx, a dropped connection, a timeout; never a 400), and the advisor turns it into a message; immutable.
/// </summary>
/// <param name="Kind">What kind of failure.</param>
/// <param name="Message">What happened, in one line, quoting the server's own message when it sent one; may hold what the server echoed, so callers redact secrets before showing it.</param>
public sealed record ChatFailure(ChatFailureKind Kind, string Message)
{
    /// <summary>The HTTP status, when the server answered.</summary>
    public int? Status { get; init; }

    /// <summary>How long the server asked us to wait before trying again (Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>How many times the request was sent before it was given up on; 0 when it was never sent.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Whether another try may succeed: a rate limit, a server error, a transport failure or a timeout.</summary>
    public bool IsTransient => Kind is ChatFailureKind.RateLimited or ChatFailureKind.ServerError or ChatFailureKind.Transport
        or ChatFailureKind.Unreachable or ChatFailureKind.TimedOut;

    /// <summary>A request that had no reply within <paramref name="timeout"/>.</summary>
    public static ChatFailure TimedOut(TimeSpan timeout) =>
        new(ChatFailureKind.TimedOut, $"no reply within {Seconds(timeout)}");

    /// <summary>A request not sent because the run may send no more than <paramref name="maxRequests"/>.</summary>
    public static ChatFailure OverBudget(long maxRequests) =>
        new(ChatFailureKind.OverBudget, $"not sent: the run reached --max-requests {maxRequests}") { Attempts = 0 };

    /// <summary>Classifies what the chat client threw.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="now">The time now, to read a Retry-After given as a date.</param>
    public static ChatFailure Of(Exception exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ChatFailureException known)
            return known.Failure;
        if (exception is ClientResultException { Status: > 0 } http)
            return OfStatus(http.Status, http.GetRawResponse(), now);
        if (Find<SocketException>(exception) is { } socket && IsUnreachable(socket.SocketErrorCode))
            return new ChatFailure(ChatFailureKind.Unreachable, socket.Message);
        if (exception is ClientResultException or HttpRequestException or IOException
            || Find<HttpRequestException>(exception) is not null || Find<IOException>(exception) is not null)
            return new ChatFailure(ChatFailureKind.Transport, OneLine(Innermost(exception).Message));
        // A 200 whose body is not a chat completion (HTML from a proxy, JSON without choices) fails in the client's reader.
        return new ChatFailure(ChatFailureKind.UnreadableReply,
            $"the reply is not a chat completion ({exception.GetType().Name}: {OneLine(exception.Message)})");
    }

    private static ChatFailure OfStatus(int status, PipelineResponse? response, DateTimeOffset now)
    {
        var kind = status switch
        {
            429 => ChatFailureKind.RateLimited,
            408 or >= 500 => ChatFailureKind.ServerError,
            401 or 403 => ChatFailureKind.Refused,
            404 => ChatFailureKind.NotFound,
            _ => ChatFailureKind.Rejected,
        };
        var reason = response?.ReasonPhrase is { Length: > 0 } phrase ? $" {phrase}" : "";
        var said = response is null ? null : ServerMessage(response);
        return new ChatFailure(kind, $"HTTP {status}{reason}" + (said is null ? "" : $": {AdvisorAnswerJson.Quote(said)}"))
        {
            Status = status,
            RetryAfter = response is null ? null : RetryAfterHeader.Read(response.Headers, now),
        };
    }

    // What the server said: OpenAI's {"error": {"message": …}}, Ollama's {"error": "…"}, or the body as it came.
    private static string? ServerMessage(PipelineResponse response)
    {
        string body;
        try
        {
            body = response.Content.ToString();
        }
        catch (InvalidOperationException)
        {
            return null; // not buffered
        }

        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String)
                    return error.GetString();
                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                    return message.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: quoted as it is.
        }

        return body.Trim();
    }

    private static bool IsUnreachable(SocketError error) => error is SocketError.ConnectionRefused or SocketError.HostNotFound
        or SocketError.NoData or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.AddressNotAvailable;

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is T found)
                return found;
        return null;
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null)
            e = e.InnerException;
        return e;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    /// <summary>A duration as people read it in a message: <c>30 s</c>, <c>0.25 s</c>.</summary>
    internal static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";
}

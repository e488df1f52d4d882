namespace EvalHarness.Advice.ChatModel;

/// <summary>What went wrong with one request to a chat model, as far as deciding what to do next is concerned.</summary>
public enum ChatFailureKind
{
    /// <summary>HTTP 429: the endpoint asks us to slow down; worth another try, after its Retry-After.</summary>
    RateLimited,

    /// <summary>HTTP 5xx (or 408): the server failed; worth another try.</summary>
    ServerError,

    /// <summary>The connection failed or dropped mid-request; worth another try.</summary>
    Transport,

    /// <summary>The endpoint cannot be reached at all (connection refused, unknown host); worth another try only once it has answered.</summary>
    Unreachable,

    /// <summary>No reply within the per-request timeout; worth one more try.</summary>
    TimedOut,

    /// <summary>HTTP 401 or 403: the key is missing, wrong or not allowed; no retry can help.</summary>
    Refused,

    /// <summary>HTTP 404: no such model, or the URL does not lead to the API; no retry can help.</summary>
    NotFound,

    /// <summary>Another 4xx, such as 400: the endpoint will not take this request; never retried.</summary>
    Rejected,

    /// <summary>The request was not sent, because the run reached <c>--max-requests</c>.</summary>
    OverBudget,

    /// <summary>The endpoint answered, but not with a chat completion that can be read.</summary>
    UnreadableReply,
}

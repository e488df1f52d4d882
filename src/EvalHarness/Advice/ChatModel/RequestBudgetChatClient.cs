using Microsoft.Extensions.AI;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// The pipeline step next to the endpoint: counts every request actually sent (retries included) and refuses to send
/// more than <c>--max-requests</c>, so a typo in a corpus path cannot spend money. A refused request fails as
/// <see cref="ChatFailureKind.OverBudget"/>, which is never retried.
/// </summary>
/// <remarks>Thread-safe: the cap holds however many requests are in flight.</remarks>
public sealed class RequestBudgetChatClient(IChatClient inner, long? maxRequests, AdvisorActivity activity) : DelegatingChatClient(inner)
{
    private readonly AdvisorActivity _activity = activity ?? throw new ArgumentNullException(nameof(activity));
    private long _granted;

    /// <summary>The most requests this client sends; <c>null</c> for no cap.</summary>
    public long? MaxRequests { get; } = maxRequests is < 0 ? throw new ArgumentOutOfRangeException(nameof(maxRequests)) : maxRequests;

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (MaxRequests is { } max && Interlocked.Increment(ref _granted) > max)
            throw new ChatFailureException(ChatFailure.OverBudget(max));
        _activity.CountRequest();
        return base.GetResponseAsync(messages, options, cancellationToken);
    }
}

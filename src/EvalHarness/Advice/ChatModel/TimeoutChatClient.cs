using Microsoft.Extensions.AI;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// The pipeline step that gives each try of a request <c>--advisor-timeout</c> to be answered, then abandons it as a
/// <see cref="ChatFailureKind.TimedOut"/> failure (which the retry step may try once more). No run can hang on a model.
/// </summary>
/// <remarks>Thread-safe. Only <see cref="GetResponseAsync"/> is timed; streaming passes through untouched.</remarks>
public sealed class TimeoutChatClient(IChatClient inner, TimeSpan timeout, TimeProvider time) : DelegatingChatClient(inner)
{
    private readonly TimeSpan _timeout = timeout > TimeSpan.Zero ? timeout : throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive.");
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var timer = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await base.GetResponseAsync(messages, options, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is not ChatFailureException)
        {
            throw new ChatFailureException(ChatFailure.TimedOut(_timeout));
        }
    }
}

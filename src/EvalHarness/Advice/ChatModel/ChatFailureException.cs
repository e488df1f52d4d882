namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// A request to a chat model that failed for a reason already understood (<see cref="Failure"/>): thrown by the
/// pipeline's own steps (a timeout, the request cap, retries given up on) so the advisor need not guess again.
/// </summary>
public sealed class ChatFailureException : Exception
{
    /// <summary>Wraps a failure; the message is the failure's.</summary>
    public ChatFailureException(ChatFailure failure)
        : base((failure ?? throw new ArgumentNullException(nameof(failure))).Message) =>
        Failure = failure;

    /// <summary>What went wrong.</summary>
    public ChatFailure Failure { get; }
}

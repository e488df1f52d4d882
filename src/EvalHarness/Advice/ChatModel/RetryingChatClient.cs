using Microsoft.Extensions.AI;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// The pipeline step that tries a failed request again when another try can succeed (<see cref="RetryPolicy"/>):
/// a 429, a 5xx, a dropped connection or a timeout, never a 400. It waits the server's Retry-After when it gives one,
/// else backs off exponentially with jitter. A failure it gives up on is thrown as a <see cref="ChatFailureException"/>
/// that counts the attempts.
/// </summary>
/// <remarks>Thread-safe. Only <see cref="GetResponseAsync"/> is retried; streaming passes through untouched.</remarks>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly RetryPolicy _policy;
    private readonly Func<ChatFailure, bool> _shouldRetry;
    private readonly AdvisorActivity _activity;
    private readonly Action<string> _log;
    private readonly TimeProvider _time;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The client to send through.</param>
    /// <param name="policy">How often and how long to wait.</param>
    /// <param name="shouldRetry">Whether a transient failure is worth retrying now (an endpoint that never answered is not).</param>
    /// <param name="activity">Where retries are counted.</param>
    /// <param name="log">Where each retry is written, one line, its secrets already removed by the caller's function.</param>
    /// <param name="time">The clock the waits run on.</param>
    public RetryingChatClient(IChatClient inner, RetryPolicy policy, Func<ChatFailure, bool> shouldRetry, AdvisorActivity activity, Action<string> log, TimeProvider time)
        : base(inner)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _shouldRetry = shouldRetry ?? throw new ArgumentNullException(nameof(shouldRetry));
        _activity = activity ?? throw new ArgumentNullException(nameof(activity));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList(); // enumerated once per try
        for (var attempt = 1; ; attempt++)
        {
            ChatFailure failure;
            try
            {
                return await base.GetResponseAsync(sent, options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
            {
                failure = ChatFailure.Of(e, _time.GetUtcNow());
            }

            var retry = attempt; // the retry this would be, from 1
            if (retry > _policy.RetriesFor(failure) || !_shouldRetry(failure))
                throw new ChatFailureException(failure with { Attempts = failure.Attempts == 0 ? 0 : attempt });
            if (failure.RetryAfter > _policy.MaxRetryAfter)
                throw new ChatFailureException(failure with
                {
                    Attempts = attempt,
                    Message = $"{failure.Message}; the endpoint asks to wait {ChatFailure.Seconds(failure.RetryAfter.Value)}, longer than the {ChatFailure.Seconds(_policy.MaxRetryAfter)} a request waits",
                });

            var delay = _policy.Delay(retry, failure.RetryAfter, Random.Shared.NextDouble());
            _activity.CountRetry();
            _log($"{failure.Message}; retry {retry} of {_policy.RetriesFor(failure)} in {ChatFailure.Seconds(delay)}" + (failure.RetryAfter is null ? "" : " (Retry-After)"));
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}

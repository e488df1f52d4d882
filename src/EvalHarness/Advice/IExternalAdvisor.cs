namespace EvalHarness.Advice;

/// <summary>
/// Advice logic that lives outside this process — answers made elsewhere, a program, a chat model — asked one request
/// at a time, many at once. Failures are answers (<see cref="AdvisorAnswer.Failed"/>), never exceptions, except for a
/// caller's mistake or cancellation.
/// </summary>
/// <remarks>Implementations are thread-safe: the evaluator keeps several requests in flight.</remarks>
public interface IExternalAdvisor : IAsyncDisposable
{
    /// <summary>What is being evaluated, as the user named it (<c>exec:python3 advisor.py</c>); stamped on reports.</summary>
    string Name { get; }

    /// <summary>A fingerprint of everything that decides the answers (program and its files, model, prompt); stamped on reports. Never holds a secret.</summary>
    string Version { get; }

    /// <summary>What the advisor did so far: requests sent, cache hits, retries, errors.</summary>
    AdvisorActivity Activity { get; }

    /// <summary>Answers one request.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    ValueTask<AdvisorAnswer> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken);
}

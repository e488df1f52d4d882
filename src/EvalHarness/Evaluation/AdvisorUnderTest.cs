using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>
/// The advice logic a run evaluates, and how to ask it: an in-process <see cref="IAdvisor"/> on every core, or an
/// <see cref="IExternalAdvisor"/> with a number of requests in flight; each scenario asked <see cref="Repeats"/> times.
/// </summary>
/// <remarks>Whatever an advisor does wrong on a scenario (throws, answers with an error) becomes that scenario's error; the run goes on.</remarks>
public sealed class AdvisorUnderTest : IAsyncDisposable
{
    private readonly IAdvisor? _inProcess;
    private readonly IExternalAdvisor? _external;
    private readonly ParallelOptions _options;
    // An external advisor's requests in flight, across batches: the next batch's requests take the slots the current
    // one frees, so one slow answer (a retry waiting out a 429) holds one slot, not the whole run.
    private readonly SemaphoreSlim? _slots;
    // Done when the last batch given to AdviseAsync has sent all its requests: the next batch sends its own only then,
    // so the slots go to the older batch first and its results reach the reports while the next one is asked.
    private Task _lastBatchSent = Task.CompletedTask;
    private int _stopped;
    private volatile bool _cannotStart;

    private AdvisorUnderTest(string name, string version, IReadOnlyList<AdvisorRule> rules, int repeats, int parallelism, IAdvisor? inProcess, IExternalAdvisor? external)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        Name = name;
        Version = version;
        Rules = rules;
        Repeats = repeats;
        _inProcess = inProcess;
        _external = external;
        _options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        if (external is not null)
            _slots = new SemaphoreSlim(parallelism, parallelism);
    }

    /// <summary>An advisor of this process, run on every core (or <paramref name="maxDegreeOfParallelism"/>).</summary>
    /// <param name="advisor">The advisor.</param>
    /// <param name="name">How reports name it, such as <c>framework</c>.</param>
    /// <param name="repeats">How many times each scenario is asked; 2 or more checks that the advisor is deterministic.</param>
    /// <param name="maxDegreeOfParallelism">At most this many scenarios at once; -1 for every core.</param>
    public static AdvisorUnderTest InProcess(IAdvisor advisor, string name = "framework", int repeats = 1, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new AdvisorUnderTest(name, advisor.Version, advisor.Rules, repeats, maxDegreeOfParallelism, advisor, null);
    }

    /// <summary>An advisor outside this process, with up to <paramref name="concurrency"/> requests in flight; disposing this disposes it.</summary>
    /// <param name="advisor">The advisor.</param>
    /// <param name="repeats">How many times each scenario is asked.</param>
    /// <param name="concurrency">At most this many requests in flight; 0 for the number of cores.</param>
    /// <param name="log">Where the advisor logs what is not an answer; disposed with this.</param>
    public static AdvisorUnderTest External(IExternalAdvisor advisor, int repeats = 1, int concurrency = 0, AdvisorLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentOutOfRangeException.ThrowIfNegative(concurrency);
        // The framework's questions are the only rules an outside advisor shares with us: their answers are counted.
        return new AdvisorUnderTest(advisor.Name, advisor.Version, QuestionRules.All, repeats, concurrency == 0 ? Environment.ProcessorCount : concurrency, null, advisor)
        {
            Log = log,
        };
    }

    /// <summary>How reports name the advisor: <c>framework</c>, <c>exec:python3 advisor.py</c>, <c>openai:gpt-4o-mini</c>.</summary>
    public string Name { get; }

    /// <summary>The advisor's version or fingerprint; stamped on reports.</summary>
    public string Version { get; }

    /// <summary>The rules whose firing rules.csv counts.</summary>
    public IReadOnlyList<AdvisorRule> Rules { get; }

    /// <summary>How many times each scenario is asked.</summary>
    public int Repeats { get; }

    /// <summary>What an external advisor did so far; <c>null</c> for an in-process one.</summary>
    public AdvisorActivity? Activity => _external?.Activity;

    /// <summary>Problems in the data the advisor answers from (a predictions file); see <see cref="IInputCheckedAdvisor.InputProblems"/>.</summary>
    public IReadOnlyList<CorpusProblem> InputProblems(IEnumerable<string>? corpusIds) =>
        (_external as IInputCheckedAdvisor)?.InputProblems(corpusIds) ?? [];

    /// <summary>Whether the advisor answers from data whose problems are reported like the corpus's (<see cref="IInputCheckedAdvisor"/>).</summary>
    public bool ChecksInputs => _external is IInputCheckedAdvisor;

    /// <summary>Where an external advisor logs what is not an answer (a program's standard error); copied to advisor.log.</summary>
    public AdvisorLog? Log { get; private init; }

    /// <summary>Whether the advisor runs outside this process.</summary>
    public bool IsExternal => _external is not null;

    /// <summary>Advises one scenario, repeats included, as a run would.</summary>
    public async Task<ScenarioResult> AdviseAsync(Scenario scenario, IReadOnlyList<ExpertLabel> labels, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(labels);
        var batch = new ScenarioBatch(1);
        var labelArray = labels.ToArray();
        batch.Fill([scenario], _ => labelArray);
        await AdviseAsync(batch, cancellationToken).ConfigureAwait(false);
        return batch.Result(0, Repeats);
    }

    /// <summary>Advises every scenario of a batch, filling its outcomes, on the thread pool.</summary>
    /// <remarks>An external advisor's batches send their requests in the order this is called.</remarks>
    internal Task AdviseAsync(ScenarioBatch batch, CancellationToken cancellationToken)
    {
        if (_inProcess is { } inProcess)
            return Task.Run(() => AdviseInProcess(inProcess, batch), cancellationToken);

        // The turn is taken here, in the caller's order, not on the pool thread, where a later batch could come first.
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turn = Interlocked.Exchange(ref _lastBatchSent, sent.Task);
        return Task.Run(() => AdviseExternalAsync(_external!, batch, turn, sent, cancellationToken), cancellationToken);
    }

    private void AdviseInProcess(IAdvisor advisor, ScenarioBatch batch)
    {
        var repeats = Repeats;
        Parallel.For(0, batch.Count, _options, i =>
        {
            var scenario = batch.Scenarios[i];
            batch.PrefetchAfter(i);
            if (repeats == 1)
            {
                // The common case stays as it was before repeats existed: one call, no answer objects.
                try
                {
                    batch.Advice[i] = advisor.Advise(scenario) ?? throw new InvalidOperationException("the advisor returned no advice");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    batch.Fail(i, Describe(e));
                }

                return;
            }

            var answers = new AdvisorAnswer[repeats];
            for (var r = 0; r < repeats; r++)
            {
                try
                {
                    answers[r] = AdvisorAnswer.Of(advisor.Advise(scenario) ?? throw new InvalidOperationException("the advisor returned no advice"));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    answers[r] = AdvisorAnswer.Failed(Describe(e));
                }
            }

            batch.Set(i, answers);
        });
    }

    private async Task AdviseExternalAsync(IExternalAdvisor advisor, ScenarioBatch batch, Task turn, TaskCompletionSource sent, CancellationToken cancellationToken)
    {
        var repeats = Repeats;
        var answers = new AdvisorAnswer[batch.Count * repeats];
        var asking = new Task[answers.Length];
        // Requests go out scenario by scenario, its repeats together, each as a slot frees; the next batch, asked beside
        // this one, sends its own once this one has sent all of its, so requests leave in the corpus's order.
        var launched = 0;
        try
        {
            // The batch before this one ends its turn however it ends (sent, failed or cancelled): this never faults.
            await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
            // An advisor that cannot start fails every request alike: no more are sent once one has said so.
            for (; launched < answers.Length && !_cannotStart; launched++)
            {
                await _slots!.WaitAsync(cancellationToken).ConfigureAwait(false);
                asking[launched] = AskAsync(advisor, new AdviceRequest(batch.Scenarios[launched / repeats], launched % repeats), answers, launched, cancellationToken);
            }
        }
        catch
        {
            // Cancelled while waiting: the requests already sent are still awaited, so none outlives the run.
            sent.TrySetResult();
            await Task.WhenAll(asking.AsSpan(0, launched)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        sent.TrySetResult();

        await Task.WhenAll(asking.AsSpan(0, launched)).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
            batch.Set(i, answers.AsSpan(i * repeats, repeats));
    }

    private async Task AskAsync(IExternalAdvisor advisor, AdviceRequest request, AdvisorAnswer[] answers, int k, CancellationToken cancellationToken)
    {
        try
        {
            AdvisorAnswer answer;
            try
            {
                answer = await advisor.AdviseAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not AdvisorStartException && (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
            {
                answer = AdvisorAnswer.Failed(Describe(e));
            }

            advisor.Activity.CountAnswer(answer);
            answers[k] = answer;
        }
        catch (AdvisorStartException)
        {
            _cannotStart = true;
            throw;
        }
        finally
        {
            _slots!.Release();
        }
    }

    private static string Describe(Exception e) => $"threw {e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");

    /// <summary>Stops an external advisor (its programs, its connections), once; what they say while stopping still reaches the log.</summary>
    public ValueTask StopAsync() =>
        Interlocked.Exchange(ref _stopped, 1) == 0 && _external is not null ? _external.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Stops the advisor and closes its log.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        Log?.Dispose();
        _slots?.Dispose();
    }
}

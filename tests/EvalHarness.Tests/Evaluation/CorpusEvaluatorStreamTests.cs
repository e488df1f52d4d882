using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Synthetic;
using EvalHarness.Tests.Synthetic;

namespace EvalHarness.Tests.Evaluation;

/// <summary>The stream advises one batch while the caller takes the one before; callers must not be able to tell.</summary>
public sealed class CorpusEvaluatorStreamTests : IDisposable
{
    private readonly GeneratedCorpus _generated = GeneratedCorpus.Write(new SyntheticOptions(300, Seed: 11, Annotators: 3, Noise: 0.2));

    public void Dispose() => _generated.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(300)]
    [InlineData(1024)]
    public void Stream_AnyBatchSize_YieldsWhatEvaluateGives(int batchSize)
    {
        var evaluated = CorpusEvaluator.Evaluate(CorpusLoader.Load(_generated.Folder).Corpus!, FrameworkAdvisor.Default).Results;

        var streamed = Stream(FrameworkAdvisor.Default, batchSize, results => results.ToList());

        Assert.Equal(evaluated.Select(Row), streamed.Select(Row));
    }

    [Fact]
    public void Stream_CallerStopsEarly_GivesTheFirstResultsAndWaitsForTheBatchBeingAdvised()
    {
        var ids = Stream(FrameworkAdvisor.Default, 4, results => results.Select(r => r.Scenario.Id).ToList());
        // Taking 10 of batches of 4 stops in the third batch, while the fourth (ids 12 to 15) is being advised.
        var slow = new SlowAdvisor(ids[12], TimeSpan.FromMilliseconds(300));

        var first = Stream(slow, 4, results => results.Take(10).Select(r => r.Scenario.Id).ToList());

        Assert.Equal(ids.Take(10), first);
        Assert.True(slow.Finished, "the stream ended while a batch was still being advised");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(299)]
    public void Stream_AdvisorFails_ThatScenarioHasAnErrorAndTheStreamGoesOn(int failing)
    {
        var ids = Stream(FrameworkAdvisor.Default, 5, results => results.Select(r => r.Scenario.Id).ToList());

        var results = Stream(new FailingAdvisor(ids[failing]), 5, results => results.ToList());

        Assert.Equal(ids, results.Select(r => r.Scenario.Id));
        var failed = Assert.Single(results, r => r.AdvisorError is not null);
        Assert.Equal(ids[failing], failed.Scenario.Id);
        Assert.Null(failed.Advice);
        Assert.All(results.Where(r => r != failed), r => Assert.NotNull(r.Advice));
    }

    [Fact]
    public async Task Stream_ExternalAdvisor_OneHeldAnswerHoldsOneSlotWhileTheNextBatchIsAsked()
    {
        var ids = Stream(FrameworkAdvisor.Default, 4, results => results.Select(r => r.Scenario.Id).ToList());
        // The first scenario's answer is held until the second batch's last scenario has been asked: with the batch
        // waiting for its slowest answer before the next is asked, this run would never finish.
        var held = new HoldingAdvisor(hold: ids[0], until: ids[7]);
        using var corpus = CorpusStream.Open(_generated.Folder, CorpusProblemList.ForCorpus());
        var advisor = AdvisorUnderTest.External(held, concurrency: 2);

        var results = await Task.Run(() => CorpusEvaluator.Stream(corpus, advisor, batchSize: 4).ToList()).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ids, results.Select(r => r.Scenario.Id));
        Assert.Equal(ids.Select(id => (Approach?)FrameworkAdvisor.Default.Advise(new Scenario(id, "x")).Approach), results.Select(r => r.Predicted));
        Assert.Equal(2, held.MostInFlight);
    }

    [Fact]
    public async Task Stream_ExternalAdvisor_RequestsLeaveInTheCorpusOrderAcrossBatches()
    {
        var ids = Stream(FrameworkAdvisor.Default, 4, results => results.Select(r => r.Scenario.Id).ToList());
        var recording = new HoldingAdvisor(hold: "", until: "");
        using var corpus = CorpusStream.Open(_generated.Folder, CorpusProblemList.ForCorpus());
        await using var advisor = AdvisorUnderTest.External(recording, concurrency: 3);

        await Task.Run(() => CorpusEvaluator.Stream(corpus, advisor, batchSize: 4).ToList()).WaitAsync(TimeSpan.FromSeconds(30));

        // The older batch's requests take the slots first, so its results reach the reports while the next is asked.
        Assert.Equal(ids, recording.Asked);
    }

    private T Stream<T>(IAdvisor advisor, int batchSize, Func<IEnumerable<ScenarioResult>, T> take)
    {
        using var corpus = CorpusStream.Open(_generated.Folder, CorpusProblemList.ForCorpus());
        return take(CorpusEvaluator.Stream(corpus, advisor, batchSize));
    }

    private static string Row(ScenarioResult r) =>
        $"{r.Scenario.Id} {r.Predicted} {r.Expected} {string.Join(';', r.ExpertLabels.Select(l => $"{l.Annotator}={l.Label}"))}";

    private sealed class SlowAdvisor(string slowOn, TimeSpan delay) : IAdvisor
    {
        private volatile bool _finished;

        public bool Finished => _finished;

        public string Version => FrameworkAdvisor.Default.Version;

        public IReadOnlyList<AdvisorRule> Rules => FrameworkAdvisor.Default.Rules;

        public ScenarioAdvice Advise(Scenario scenario)
        {
            if (scenario.Id != slowOn)
                return FrameworkAdvisor.Default.Advise(scenario);
            Thread.Sleep(delay);
            _finished = true;
            return FrameworkAdvisor.Default.Advise(scenario);
        }
    }

    // Answers every scenario as the built-in advisor would a text of "x", holding one answer until another is asked.
    private sealed class HoldingAdvisor(string hold, string until) : IExternalAdvisor
    {
        private readonly TaskCompletionSource _untilAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _asked = new();
        private int _inFlight;
        private int _mostInFlight;

        public int MostInFlight => Volatile.Read(ref _mostInFlight);

        public IReadOnlyList<string> Asked => [.. _asked];

        public string Name => "holding";

        public string Version => "1";

        public AdvisorActivity Activity { get; } = new();

        public async ValueTask<AdvisorAnswer> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken)
        {
            _asked.Enqueue(request.Scenario.Id);
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, now);
            try
            {
                if (request.Scenario.Id == until)
                    _untilAsked.TrySetResult();
                if (request.Scenario.Id == hold)
                    await _untilAsked.Task.WaitAsync(cancellationToken);
                else
                    await Task.Yield();
                return AdvisorAnswer.Of(FrameworkAdvisor.Default.Advise(new Scenario(request.Scenario.Id, "x")));
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static void InterlockedMax(ref int location, int value)
        {
            for (var seen = Volatile.Read(ref location); value > seen; seen = Volatile.Read(ref location))
                Interlocked.CompareExchange(ref location, value, seen);
        }
    }

    private sealed class FailingAdvisor(string failOn) : IAdvisor
    {
        public string Version => FrameworkAdvisor.Default.Version;

        public IReadOnlyList<AdvisorRule> Rules => FrameworkAdvisor.Default.Rules;

        public ScenarioAdvice Advise(Scenario scenario) =>
            scenario.Id == failOn ? throw new InvalidOperationException("boom") : FrameworkAdvisor.Default.Advise(scenario);
    }
}

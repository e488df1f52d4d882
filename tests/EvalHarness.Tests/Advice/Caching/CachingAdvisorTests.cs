using EvalHarness.Advice;
using EvalHarness.Advice.Caching;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Caching;

public sealed class CachingAdvisorTests : IDisposable
{
    private readonly TempFolder _folder = new("evalharness-caching-");

    public void Dispose() => _folder.Dispose();

    private static readonly Scenario Legal = new("legal-style", "Always formal legal English.") { DailyRequests = 10_000, TokensPerRequest = 200 };

    [Fact]
    public async Task AdviseAsync_SecondTime_ReadsTheCacheAndSendsNothing()
    {
        var inner = new ScriptedAdvisor(_ => AdvisorAnswer.Of(new ScenarioAdvice(Approach.FineTuning, Leaf.FineTune, [], [], [], null), new TokenUsage(50, 5), """{"approach":"fine-tuning","leaf":"fine-tune"}"""));
        var cached = new CachingAdvisor(inner, new ResponseCache(_folder.Path));

        var first = await cached.AdviseAsync(new AdviceRequest(Legal, 0), default);
        await cached.FlushAsync();
        var second = await cached.AdviseAsync(new AdviceRequest(Legal, 0), default);
        var otherRepeat = await cached.AdviseAsync(new AdviceRequest(Legal, 1), default);

        Assert.Equal(2, inner.Calls);
        Assert.Equal(1, inner.Activity.CacheHits);
        Assert.Equal(Approach.FineTuning, second.Advice!.Approach);
        Assert.Equal(Leaf.FineTune, second.Advice.Leaf);
        Assert.Equal(new TokenUsage(50, 5), second.Usage);
        // The cost comes from the scenario, as it does for a fresh answer.
        Assert.Equal(35.00m, second.Advice.Cost!.PromptedDailyCost);
        Assert.Equal(first.Advice!.Approach, otherRepeat.Advice!.Approach);
    }

    [Fact]
    public async Task AdviseAsync_Errors_AreNeverCached()
    {
        var inner = new ScriptedAdvisor(_ => AdvisorAnswer.Failed("timed out"));
        var cached = new CachingAdvisor(inner, new ResponseCache(_folder.Path));

        await cached.AdviseAsync(new AdviceRequest(Legal, 0), default);
        await cached.AdviseAsync(new AdviceRequest(Legal, 0), default);

        Assert.Equal(2, inner.Calls);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "00")) && Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task AdviseAsync_DamagedEntry_IsAskedAgainAndReplaced()
    {
        var inner = new ScriptedAdvisor(_ => AdvisorAnswer.Of(new ScenarioAdvice(Approach.Rag, null, [], [], [], null), null, """{"approach":"rag"}"""));
        var cache = new ResponseCache(_folder.Path);
        var cached = new CachingAdvisor(inner, cache);
        await cached.AdviseAsync(new AdviceRequest(Legal, 0), default);
        await cached.FlushAsync();
        var entry = Directory.EnumerateFiles(_folder.Path, "*.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(entry, "{\"key\": \"tru");

        var answer = await cached.AdviseAsync(new AdviceRequest(Legal, 0), default);
        await cached.DisposeAsync();

        Assert.Equal(Approach.Rag, answer.Advice!.Approach);
        Assert.Equal(2, inner.Calls);
        Assert.Contains("\"answer\":{\"approach\":\"rag\"}", File.ReadAllText(entry));
    }

    /// <summary>An external advisor answering from a script, counting the requests it gets.</summary>
    private sealed class ScriptedAdvisor(Func<AdviceRequest, AdvisorAnswer> answer) : IExternalAdvisor
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => "scripted";

        public string Version => "scripted-1";

        public AdvisorActivity Activity { get; } = new();

        public ValueTask<AdvisorAnswer> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(answer(request));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

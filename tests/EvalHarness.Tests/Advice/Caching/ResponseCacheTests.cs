using System.Text;
using EvalHarness.Advice;
using EvalHarness.Advice.Caching;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Caching;

public sealed class ResponseCacheTests : IDisposable
{
    private readonly TempFolder _folder = new("evalharness-cache-");

    public void Dispose() => _folder.Dispose();

    private ResponseCache Cache => new(_folder["cache"]);

    private static readonly byte[] Request = AdviceRequestJson.Line(new AdviceRequest(new Scenario("legal-style", "Always formal legal English."), 0));

    [Fact]
    public void Key_DependsOnTheFingerprintAndTheRequest()
    {
        var key = ResponseCache.Key("exec-1:abc", Request);

        Assert.Equal(64, key.Length);
        Assert.Equal(key, ResponseCache.Key("exec-1:abc", Request));
        Assert.NotEqual(key, ResponseCache.Key("exec-1:abd", Request));
        Assert.NotEqual(key, ResponseCache.Key("exec-1:abc", AdviceRequestJson.Line(new AdviceRequest(new Scenario("legal-style", "Always formal legal English."), 1))));
        Assert.NotEqual(key, ResponseCache.Key("exec-1:abc", AdviceRequestJson.Line(new AdviceRequest(new Scenario("legal-style", "Always formal legal English.") { DailyRequests = 1 }, 0))));
    }

    [Fact]
    public void Write_ThenRead_GivesTheAnswerAndUsageBack()
    {
        var key = ResponseCache.Key("v", Request);

        Cache.Write(key, """{"approach": "fine-tuning", "leaf": "fine-tune"}""", new TokenUsage(120, 8));

        Assert.True(Cache.TryRead(key, out var json, out var usage));
        Assert.Equal("""{"approach":"fine-tuning","leaf":"fine-tune"}""", json);
        Assert.Equal(new TokenUsage(120, 8), usage);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Cache.PathOf(key))!, "*.tmp"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"key\": \"")]
    [InlineData("{\"key\": \"someone-else\", \"answer\": {\"approach\": \"rag\"}}")]
    [InlineData("{\"key\": \"KEY\", \"answer\": \"rag\"}")]
    [InlineData("[1, 2]")]
    public void TryRead_DamagedOrForeignEntry_IsAMiss(string content)
    {
        var key = ResponseCache.Key("v", Request);
        Directory.CreateDirectory(Path.GetDirectoryName(Cache.PathOf(key))!);
        File.WriteAllText(Cache.PathOf(key), content.Replace("KEY", key, StringComparison.Ordinal), Encoding.UTF8);

        Assert.False(Cache.TryRead(key, out _, out _));
    }

    [Fact]
    public void DefaultFor_InsideARepository_IsAtItsRoot()
    {
        Directory.CreateDirectory(_folder["repo/.git"]);
        Directory.CreateDirectory(_folder["repo/fixtures/corpus"]);

        Assert.Equal(_folder["repo/.eval-cache"], ResponseCache.DefaultFor(_folder["repo/fixtures/corpus"]));
        Assert.Equal(Path.Combine(_folder["elsewhere"], ".eval-cache"), ResponseCache.DefaultFor(_folder["elsewhere"]));
    }
}

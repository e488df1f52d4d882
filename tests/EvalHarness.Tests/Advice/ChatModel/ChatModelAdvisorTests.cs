using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using EvalHarness.Advice;
using EvalHarness.Advice.ChatModel;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.ChatModel;

/// <summary>The chat model advisor against a real OpenAI-compatible server on 127.0.0.1, scripted request by request.</summary>
public sealed class ChatModelAdvisorTests : IDisposable
{
    private const string Key = "sk-test-4f1d9a7c2e8b";

    private static readonly Scenario Legal = new("legal-style", "Always formal legal English.") { DailyRequests = 10_000, TokensPerRequest = 200 };
    private static readonly Scenario News = new("news-today", "Answers about today's news.");
    private static readonly Scenario OneOff = new("one-off", "Translate one contract once.");

    private readonly TempFolder _folder = new("evalharness-chat-");
    private readonly AdvisorLog _log;

    public ChatModelAdvisorTests() => _log = new AdvisorLog(_folder["advisor.log"]);

    public void Dispose()
    {
        _log.Dispose();
        _folder.Dispose();
    }

    private static PromptTemplate Prompt { get; } =
        PromptTemplate.Parse("Advise on: {{text}}\nRequests a day: {{daily_requests}}; examples: {{training_examples}}\n"u8, "test.md", new List<CorpusProblem>())!;

    // Short waits, so a test of retries takes milliseconds, not the seconds a real run waits.
    private static ChatModelOptions Options(string endpoint) => new("test-model", new Uri(endpoint), Prompt)
    {
        Timeout = TimeSpan.FromSeconds(5),
        Retry = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(40) },
    };

    private ChatModelAdvisor Advisor(ChatServer server, Func<ChatModelOptions, ChatModelOptions>? change = null, string? key = Key) =>
        ChatModelAdvisor.Create((change ?? (o => o))(Options(server.Endpoint)), key, _log);

    private string LogText()
    {
        _log.Flush();
        return File.ReadAllText(_folder["advisor.log"]);
    }

    [Fact]
    public async Task AdviseAsync_Answer_ReadsTheAdviceAndItsTokensFromTheWireFormat()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Approach("rag") with { PromptTokens = 321, CompletionTokens = 45 });
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Null(answer.Error);
        Assert.Equal(Approach.Rag, answer.Advice!.Approach);
        Assert.Equal(Leaf.Rag, answer.Advice.Leaf);
        var step = Assert.Single(answer.Advice.Path);
        Assert.Equal(FrameworkQuestion.NeedsDomainKnowledge, step.Question);
        Assert.Equal("today's news", Assert.Single(step.Evidence).Found);
        Assert.Equal(new TokenUsage(321, 45), answer.Usage);
        Assert.Equal(Approach.Rag, AdvisorAnswerJson.Read(JsonDocument.Parse(answer.Json!).RootElement, News).Advice!.Approach);
        Assert.Equal(1, advisor.Activity.Requests);
    }

    [Fact]
    public async Task AdviseAsync_Request_IsTheRenderedPromptAtTemperatureZeroInJsonModeWithTheKey()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Approach("fine-tuning"));
        await using var advisor = Advisor(server);

        await advisor.AdviseAsync(new AdviceRequest(Legal, 0), default);

        var call = Assert.Single(server.Calls);
        Assert.Equal($"Bearer {Key}", call.Authorization);
        Assert.Equal("Advise on: Always formal legal English.\nRequests a day: 10,000; examples: unknown\n", call.Prompt);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("test-model", body.RootElement.GetProperty("model").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("temperature").GetDouble());
        Assert.Equal("json_object", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
    }

    [Fact]
    public async Task AdviseAsync_NoKey_SendsAPlaceholderThatLocalServersAccept()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Approach("rag"));
        await using var advisor = Advisor(server, key: null);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.True(answer.Succeeded);
        Assert.Equal($"Bearer {ChatModelAdvisor.NoKey}", Assert.Single(server.Calls).Authorization);
    }

    [Fact]
    public async Task AdviseAsync_RateLimitedWithRetryAfter_WaitsAsLongAsAskedThenRetries()
    {
        await using var server = await ChatServer.StartAsync(call => call.Attempt == 1
            ? ChatReply.Error(429, "Rate limit reached for requests", retryAfter: "1")
            : ChatReply.Approach("rag"));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal(Approach.Rag, answer.Advice!.Approach);
        var calls = server.Calls;
        Assert.Equal(2, calls.Count);
        // The backoff alone would have waited 10 ms; the server asked for a second.
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(990), $"retried after {calls[1].ReceivedAt - calls[0].ReceivedAt}");
        Assert.Equal(1, advisor.Activity.Retries);
        Assert.Equal(2, advisor.Activity.Requests);
        Assert.Contains("[openai] news-today (repeat 0): HTTP 429 Too Many Requests: \"Rate limit reached for requests\"; retry 1 of 4 in 1 s (Retry-After)", LogText());
    }

    [Fact]
    public async Task AdviseAsync_RetryAfterLongerThanAMinute_FailsTheRequestInsteadOfStallingTheRun()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Error(429, "quota", retryAfter: "3600"));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal(1, server.Requests);
        Assert.Equal("HTTP 429 Too Many Requests: \"quota\"; the endpoint asks to wait 3600 s, longer than the 60 s a request waits", answer.Error);
    }

    [Fact]
    public async Task AdviseAsync_ServerErrors_AreRetriedWithBackoffUntilAnswered()
    {
        await using var server = await ChatServer.StartAsync(call => call.Attempt <= 2 ? ChatReply.Error(500, "boom") : ChatReply.Approach("prompting"));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(OneOff, 0), default);

        Assert.Equal(Approach.Prompting, answer.Advice!.Approach);
        Assert.Equal(3, server.Requests);
        Assert.Equal(2, advisor.Activity.Retries);
    }

    [Fact]
    public async Task AdviseAsync_ServerErrorEveryTime_GivesUpAfterFourRetries()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Error(503, "overloaded"));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(OneOff, 0), default);

        Assert.Equal(5, server.Requests);
        Assert.Equal("HTTP 503 Service Unavailable: \"overloaded\" (5 tries)", answer.Error);
        Assert.Equal(4, advisor.Activity.Retries);
    }

    [Theory]
    [InlineData(400, "Bad Request")]
    [InlineData(422, "Unprocessable Entity")]
    public async Task AdviseAsync_ClientError_IsNeverRetried(int status, string reason)
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Error(status, "'temperature' does not support 0 with this model"));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(OneOff, 0), default);

        Assert.Equal(1, server.Requests);
        Assert.Equal($"HTTP {status} {reason}: \"'temperature' does not support 0 with this model\"", answer.Error);
        Assert.Equal(0, advisor.Activity.Retries);
    }

    [Fact]
    public async Task AdviseAsync_DroppedConnection_IsRetried()
    {
        await using var server = await ChatServer.StartAsync(call => call.Attempt == 1 ? new ChatReply { DropConnection = true } : ChatReply.Approach("rag"));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal(Approach.Rag, answer.Advice!.Approach);
        Assert.Equal(2, server.Requests);
        Assert.Equal(1, advisor.Activity.Retries);
    }

    [Fact]
    public async Task AdviseAsync_SlowReply_TimesOutAndIsTriedOnceMore()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Approach("rag") with { Delay = TimeSpan.FromSeconds(10) });
        await using var advisor = Advisor(server, o => o with { Timeout = TimeSpan.FromSeconds(1) });
        var clock = Stopwatch.StartNew();

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal("no reply within 1 s (2 tries)", answer.Error);
        Assert.Equal(2, server.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task AdviseAsync_SlowFirstTry_SecondTryAnswers()
    {
        await using var server = await ChatServer.StartAsync(call => ChatReply.Approach("rag") with { Delay = call.Attempt == 1 ? TimeSpan.FromSeconds(10) : TimeSpan.Zero });
        // Long enough for the second try to be answered on a busy machine; the first waits far longer.
        await using var advisor = Advisor(server, o => o with { Timeout = TimeSpan.FromSeconds(1) });

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal(Approach.Rag, answer.Advice!.Approach);
        Assert.Equal(1, advisor.Activity.Retries);
    }

    [Theory]
    [InlineData("I would use RAG here.", "the model's reply is not JSON: \"I would use RAG here.\"")]
    [InlineData("{\"approach\": \"rag\"", "the model's reply is not JSON: \"{\"approach\": \"rag\"\"")]
    [InlineData("{\"approach\": \"retrieval\"}", "unknown approach \"retrieval\" (expected prompting, rag, fine-tuning) in the model's reply \"{\"approach\": \"retrieval\"}\"")]
    [InlineData("{\"approach\": \"fine-tunning\"}", "unknown approach \"fine-tunning\"; did you mean 'fine-tuning'? in the model's reply \"{\"approach\": \"fine-tunning\"}\"")]
    [InlineData("{\"leaf\": \"rag\"}", "the answer has no \"approach\" in the model's reply \"{\"leaf\": \"rag\"}\"")]
    [InlineData("[\"rag\"]", "the answer is a JSON list, not an object in the model's reply \"[\"rag\"]\"")]
    [InlineData("{\"error\": \"cannot decide\"}", "the model answered with an error: \"cannot decide\"")]
    [InlineData("", "the model's reply is empty (finish reason: stop)")]
    public async Task AdviseAsync_UnusableReply_IsAnAdvisorErrorThatQuotesIt(string content, string error)
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Answer(content));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal(error, answer.Error);
        // The tokens were spent all the same.
        Assert.Equal(new TokenUsage(120, 30), answer.Usage);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task AdviseAsync_LongUnusableReply_IsQuotedShort()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Answer(new string('x', 1000)));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal($"the model's reply is not JSON: \"{new string('x', 200)}…\" (1000 characters)", answer.Error);
    }

    [Theory]
    [InlineData("```json\n{\"approach\": \"rag\"}\n```")]
    [InlineData("```\n{\"approach\": \"rag\"}\n```")]
    [InlineData("<think>The text needs today's facts.</think>\n{\"approach\": \"rag\"}")]
    public async Task AdviseAsync_ReplyInAFenceOrAfterThinking_IsRead(string content)
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Answer(content));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal(Approach.Rag, answer.Advice!.Approach);
        Assert.Equal("{\"approach\": \"rag\"}", answer.Json);
    }

    [Fact]
    public async Task AdviseAsync_UnknownOptionalParts_AreLeftOutAndLogged()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Answer(
            """{"approach": "fine-tuning", "leaf": "finetune-it", "warnings": ["too-few-exampels", "one-off-task"], "reasons": ["vibes"]}"""));
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(Legal, 1), default);

        Assert.Equal(Approach.FineTuning, answer.Advice!.Approach);
        Assert.Null(answer.Advice.Leaf);
        Assert.Equal(WarningCode.OneOffTask, Assert.Single(answer.Advice.Warnings).Code);
        Assert.Empty(answer.Advice.Reasons);
        var log = LogText();
        Assert.Contains("[openai] legal-style (repeat 1): left out of the answer: unknown leaf \"finetune-it\"", log);
        Assert.Contains("[openai] legal-style (repeat 1): left out of the answer: unknown warning \"too-few-exampels\"", log);
        Assert.Contains("[openai] legal-style (repeat 1): left out of the answer: unknown reason \"vibes\"", log);
    }

    [Fact]
    public async Task AdviseAsync_ReplyThatIsNoChatCompletion_IsAnError()
    {
        await using var server = await ChatServer.StartAsync(_ => new ChatReply { RawBody = "<html>proxy login</html>", ContentType = "text/html" });
        await using var advisor = Advisor(server);

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.StartsWith("the reply is not a chat completion (", answer.Error);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task AdviseAsync_MaxRequests_SendsNoMoreAndSaysWhy()
    {
        await using var server = await ChatServer.StartAsync(call => call.Attempt == 1 && call.Prompt.Contains("news") ? ChatReply.Error(500, "boom") : ChatReply.Approach("rag"));
        await using var advisor = Advisor(server, o => o with { MaxRequests = 3 });

        var first = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);      // 2 requests: a 500, then the answer
        var second = await advisor.AdviseAsync(new AdviceRequest(Legal, 0), default);    // the 3rd
        var third = await advisor.AdviseAsync(new AdviceRequest(OneOff, 0), default);    // not sent

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Equal("not sent: the run reached --max-requests 3", third.Error);
        Assert.Equal(3, server.Requests);
        Assert.Equal(3, advisor.Activity.Requests);
    }

    [Fact]
    public async Task AdviseAsync_MaxRequestsZero_SendsNothing()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Approach("rag"));
        await using var advisor = Advisor(server, o => o with { MaxRequests = 0 });

        var answer = await advisor.AdviseAsync(new AdviceRequest(News, 0), default);

        Assert.Equal("not sent: the run reached --max-requests 0", answer.Error);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task AdviseAsync_KeyRefusedBeforeAnyAnswer_CannotStartAndNeverShowsTheKey()
    {
        // Servers quote what they were sent; OpenAI's own 401 quotes part of the key.
        await using var server = await ChatServer.StartAsync(call => ChatReply.Error(401, $"Incorrect API key provided: {call.Authorization}"));
        await using var advisor = Advisor(server);

        var e = await Assert.ThrowsAsync<AdvisorStartException>(async () => await advisor.AdviseAsync(new AdviceRequest(News, 0), default));

        Assert.Equal($"{server.Endpoint} refused the request (HTTP 401 Unauthorized: \"Incorrect API key provided: Bearer [redacted]\"); check the key in OPENAI_API_KEY", e.Message);
        Assert.Null(e.InnerException);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task AdviseAsync_NoKeyAndRefused_SaysToSetOne()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Error(401, "missing key"));
        await using var advisor = Advisor(server, key: null);

        var e = await Assert.ThrowsAsync<AdvisorStartException>(async () => await advisor.AdviseAsync(new AdviceRequest(News, 0), default));

        Assert.EndsWith("it needs a key: set OPENAI_API_KEY", e.Message);
    }

    [Fact]
    public async Task AdviseAsync_UnknownModel_CannotStart()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Error(404, "model 'test-model' not found, try pulling it first"));
        await using var advisor = Advisor(server);

        var e = await Assert.ThrowsAsync<AdvisorStartException>(async () => await advisor.AdviseAsync(new AdviceRequest(News, 0), default));

        Assert.StartsWith($"{server.Endpoint} answered HTTP 404 Not Found: \"model 'test-model' not found, try pulling it first\" for model 'test-model'; check the model's name", e.Message);
    }

    [Fact]
    public async Task AdviseAsync_Unreachable_CannotStartAndIsNotRetried()
    {
        await using var advisor = ChatModelAdvisor.Create(Options($"http://127.0.0.1:{ClosedPort()}/v1"), Key, _log);

        var e = await Assert.ThrowsAsync<AdvisorStartException>(async () => await advisor.AdviseAsync(new AdviceRequest(News, 0), default));

        Assert.Contains("cannot be reached (Connection refused); is the server running, and is the URL right?", e.Message);
        Assert.Equal(0, advisor.Activity.Retries);
    }

    [Fact]
    public async Task AdviseAsync_RefusedAfterAnAnswer_IsAnErrorOfThatScenarioOnly()
    {
        await using var server = await ChatServer.StartAsync(call => call.Number == 1 ? ChatReply.Approach("rag") : ChatReply.Error(403, "key revoked"));
        await using var advisor = Advisor(server);

        await advisor.AdviseAsync(new AdviceRequest(News, 0), default);
        var answer = await advisor.AdviseAsync(new AdviceRequest(Legal, 0), default);

        Assert.Equal("HTTP 403 Forbidden: \"key revoked\"", answer.Error);
    }

    [Fact]
    public async Task AdviseAsync_ServerEchoesTheKey_ErrorsAndLogHoldOnlyTheMask()
    {
        await using var server = await ChatServer.StartAsync(call => call.Number == 1 ? ChatReply.Approach("rag") : ChatReply.Error(500, $"upstream said no to {call.Authorization}"));
        await using var advisor = Advisor(server);

        await advisor.AdviseAsync(new AdviceRequest(News, 0), default);
        var answer = await advisor.AdviseAsync(new AdviceRequest(Legal, 0), default);

        Assert.Equal("HTTP 500 Internal Server Error: \"upstream said no to Bearer [redacted]\" (5 tries)", answer.Error);
        var log = LogText();
        Assert.Contains("upstream said no to Bearer [redacted]", log);
        Assert.DoesNotContain(Key, log);
    }

    [Fact]
    public async Task AdviseAsync_Cancelled_Throws()
    {
        await using var server = await ChatServer.StartAsync(_ => ChatReply.Approach("rag") with { Delay = TimeSpan.FromSeconds(10) });
        await using var advisor = Advisor(server);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await advisor.AdviseAsync(new AdviceRequest(News, 0), cancel.Token));
    }

    [Fact]
    public void Version_NamesWhatDecidesTheAnswers_NeverTheKeyOrTheTimeouts()
    {
        var options = Options("http://127.0.0.1:11434/v1");
        var other = PromptTemplate.Parse("Other: {{text}}"u8, "other.md", new List<CorpusProblem>())!;

        Assert.Equal(
            $"kind=openai\nmodel=test-model\nendpoint=http://127.0.0.1:11434/v1\nprompt-sha256={Prompt.Sha256}\ntemperature=0\nresponse-format=json\n",
            options.Description);
        Assert.Matches("^openai-sha256:[0-9a-f]{16}$", options.Fingerprint);
        Assert.Equal(options.Fingerprint, (options with { Timeout = TimeSpan.FromSeconds(1), MaxRequests = 5, Retry = RetryPolicy.Default with { MaxRetries = 0 } }).Fingerprint);
        Assert.Equal(options.Fingerprint, (options with { Endpoint = new Uri("HTTP://127.0.0.1:11434/v1/") }).Fingerprint);
        Assert.All(
            new[]
            {
                options with { Model = "other-model" },
                options with { Endpoint = new Uri("http://127.0.0.1:8000/v1") },
                options with { Prompt = other },
                options with { Temperature = 0.7f },
                options with { JsonOutput = false },
            },
            changed => Assert.NotEqual(options.Fingerprint, changed.Fingerprint));
        Assert.Equal(
            ChatModelAdvisor.Create(options, "key-one", AdvisorLog.None).Version,
            ChatModelAdvisor.Create(options, "key-two", AdvisorLog.None).Version);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

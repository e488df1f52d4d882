using System.Text;
using EvalHarness.Tests.Cli;
using EvalHarness.Tests.Corpus;

namespace EvalHarness.Tests.Advice.ChatModel;

/// <summary>
/// The chat model advisor through the command line, as a user meets it: <c>eval --advisor openai:MODEL</c> against an
/// OpenAI-compatible server on 127.0.0.1, with the bundled framework prompt, the response cache and the key in the
/// environment.
/// </summary>
public sealed class ChatModelEvalTests : IDisposable
{
    private const string Key = "sk-proj-TESTKEY-9b7e1c4d2a";

    // Panel: legal-style = fine-tuning, news-today = rag, one-off = prompting.
    private const string Scenarios = "id,text,daily_requests,tokens_per_request\nlegal-style,Always formal legal English.,10000,200\nnews-today,Answers about today's news.,,\none-off,Translate one contract once.,,\n";
    private const string Labels = "scenario_id,annotator,label\nlegal-style,x,fine-tuning\nnews-today,x,rag\none-off,x,prompting\n";

    private readonly TempCorpus _corpus = TempCorpus.With(Scenarios, Labels);

    public void Dispose() => _corpus.Dispose();

    private static readonly Dictionary<string, string> WithKey = new() { ["OPENAI_API_KEY"] = Key };

    private CliRun Eval(ChatServer server, IReadOnlyDictionary<string, string>? environment, params string[] more) =>
        CliRun.WithEnvironment(_corpus.Root, environment ?? WithKey,
            ["eval", "--corpus", "corpus", "--out", "out", "--cache-dir", "cache", "--advisor", "openai:test-model", "--endpoint", server.Endpoint, .. more]);

    private string Out(string name) => Path.Combine(_corpus.Root, "out", name);

    // A model that reads the framework the way the panel did.
    private static ChatReply Judge(ChatCall call) =>
        call.Prompt.Contains("formal", StringComparison.Ordinal) ? ChatReply.Approach("fine-tuning")
        : call.Prompt.Contains("news", StringComparison.Ordinal) ? ChatReply.Approach("rag")
        : ChatReply.Approach("prompting");

    [Fact]
    public async Task Eval_LocalServer_WritesFullReportsWithTokensAndCost()
    {
        await using var server = await ChatServer.StartAsync(Judge);

        var (code, output, error) = Eval(server, null, "--price-input", "5", "--price-output", "15");

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Matches(@"with advisor openai:test-model \(openai-sha256:[0-9a-f]{16}\)", output);
        Assert.Contains("accuracy             1.0000", output);
        Assert.Contains("tokens in / out      360 / 90", output);
        Assert.Contains("requests sent        3 (0 from the cache, 0 retried", output);
        var summary = File.ReadAllText(Out("summary.csv"));
        Assert.Contains("advisor,openai:test-model\r\n", summary);
        Assert.Contains("advisor_input_tokens,360\r\n", summary);
        Assert.Contains("advisor_output_tokens,90\r\n", summary);
        Assert.Contains("advisor_cost_usd,0.00315\r\n", summary);
        var results = File.ReadAllText(Out("results.csv"));
        Assert.Contains("\nnews-today,rag,rag,true,true,false,rag,1.0000,rag,needs-domain-knowledge=yes,\"3: advisor \"\"today's news\"\" (0)\",,,,,,1.0000,,Answers about today's news.\r\n", results);
        // The model's reasons and warnings, with the cost comparison of the scenario's own facts.
        Assert.Contains("\nlegal-style,fine-tuning,fine-tuning,true,true,false,fine-tuning,1.0000,fine-tune,,,style-or-persona,check-catastrophic-forgetting,35.00,0.75,1027.50,1.0000,,", results);
        // Every scenario went through the bundled prompt, the text and facts filled in.
        Assert.All(server.Calls, call => Assert.Contains("Decide with the course's framework", call.Prompt));
        Assert.Contains(server.Calls, call => call.Prompt.Contains("\"\"\"\nAlways formal legal English.\n\"\"\"") && call.Prompt.Contains("- requests per day: 10,000"));
    }

    [Fact]
    public async Task Eval_SecondRun_SendsNoRequestAndWritesTheSameBytes()
    {
        await using var server = await ChatServer.StartAsync(Judge);
        var first = Eval(server, null, "--price-input", "5", "--price-output", "15");
        var firstReports = Reports();

        var second = Eval(server, null, "--price-input", "5", "--price-output", "15");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(3, server.Requests);
        Assert.Contains("requests sent        0 (3 from the cache, 0 retried", second.Output);
        Assert.Equal(firstReports.Keys, Reports().Keys);
        Assert.All(Reports(), report => Assert.Equal(firstReports[report.Key], report.Value));
        // Tokens are reported from the cache as when they were spent.
        Assert.Contains("tokens in / out      360 / 90", second.Output);
    }

    [Fact]
    public async Task Eval_NoCache_AsksAgain()
    {
        await using var server = await ChatServer.StartAsync(Judge);
        Eval(server, null);

        var (code, _, _) = Eval(server, null, "--no-cache");

        Assert.Equal(0, code);
        Assert.Equal(6, server.Requests);
    }

    [Theory]
    [InlineData(null, 4)]
    [InlineData("2", 2)]
    [InlineData("6", 6)]
    public async Task Eval_Concurrency_CapsTheRequestsInFlight(string? concurrency, int expected)
    {
        await using var server = await ChatServer.StartAsync(call => Judge(call) with { Delay = TimeSpan.FromMilliseconds(100) });
        var scenarios = new StringBuilder("id,text\n");
        var labels = new StringBuilder("scenario_id,annotator,label\n");
        for (var i = 0; i < 24; i++)
        {
            scenarios.Append($"s{i},Situation number {i}.\n");
            labels.Append($"s{i},x,prompting\n");
        }
        _corpus.Write("scenarios.csv", Encoding.UTF8.GetBytes(scenarios.ToString()));
        _corpus.Write("labels.csv", Encoding.UTF8.GetBytes(labels.ToString()));

        var (code, _, error) = concurrency is null ? Eval(server, null) : Eval(server, null, "--concurrency", concurrency);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal(24, server.Requests);
        Assert.Equal(expected, server.MaxInFlight);
    }

    [Fact]
    public async Task Eval_RetriesAndErrors_ReportedPerScenarioWithExit3()
    {
        await using var server = await ChatServer.StartAsync(call =>
            call.Prompt.Contains("news", StringComparison.Ordinal) ? (call.Attempt == 1 ? ChatReply.Error(429, "slow down", retryAfter: "0") : Judge(call))
            : call.Prompt.Contains("formal", StringComparison.Ordinal) ? ChatReply.Answer("""{"approach": "fine-tunning"}""")
            : Judge(call));

        var (code, output, error) = Eval(server, null);

        Assert.Equal(3, code);
        Assert.Equal(
            "error: the advisor failed on 1 scenario(s), more than max_advisor_errors 0:\n"
            + "  legal-style: unknown approach \"fine-tunning\"; did you mean 'fine-tuning'? in the model's reply \"{\"approach\": \"fine-tunning\"}\"\n",
            error);
        Assert.Contains("requests sent        4 (0 from the cache, 1 retried", output);
        Assert.Contains("unknown approach \"\"fine-tunning\"\"; did you mean 'fine-tuning'?", File.ReadAllText(Out("results.csv")));
        Assert.Contains("[openai] news-today (repeat 0): HTTP 429 Too Many Requests: \"slow down\"; retry 1 of 4 in 0 s (Retry-After)", File.ReadAllText(Out("advisor.log")));
        // The error was not cached: the next run asks for that scenario again, and only that one.
        Eval(server, null);
        Assert.Equal(5, server.Requests);
    }

    [Fact]
    public async Task Eval_MaxRequests_LeavesTheRestUnsentAsErrors()
    {
        await using var server = await ChatServer.StartAsync(Judge);

        var (code, _, error) = Eval(server, null, "--max-requests", "2", "--concurrency", "1");

        Assert.Equal(3, code);
        Assert.Equal(2, server.Requests);
        Assert.Contains("not sent: the run reached --max-requests 2", error);
    }

    [Fact]
    public async Task Eval_KeyRefused_Exit2AndNothingWritten()
    {
        await using var server = await ChatServer.StartAsync(call => ChatReply.Error(401, $"Incorrect API key provided: {call.Authorization}"));

        var (code, output, error) = Eval(server, null);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(
            $"error: the advisor openai:test-model cannot be used: {server.Endpoint} refused the request (HTTP 401 Unauthorized: \"Incorrect API key provided: Bearer [redacted]\"); check the key in OPENAI_API_KEY\n"
            + "Nothing was written.\n",
            error);
        Assert.False(Directory.Exists(Out("")));
    }

    [Fact]
    public void Eval_OpenAIsEndpointWithoutAKey_IsAUsageProblemBeforeAnythingIsSent()
    {
        var (code, _, error) = CliRun.WithEnvironment(_corpus.Root, new Dictionary<string, string>(), "eval", "--corpus", "corpus", "--out", "out", "--advisor", "openai:gpt-4o-mini");

        Assert.Equal(2, code);
        Assert.Equal(
            "--advisor openai:gpt-4o-mini: OPENAI_API_KEY is not set, and https://api.openai.com/v1 answers nothing without a key; set OPENAI_API_KEY, or name a local server with --endpoint, such as http://127.0.0.1:11434/v1 for Ollama\n"
            + "1 problem(s) found; nothing was written.\n",
            error);
        Assert.False(Directory.Exists(Out("")));
    }

    [Fact]
    public async Task Eval_EndpointFromTheEnvironment_IsUsedWithoutAKey()
    {
        await using var server = await ChatServer.StartAsync(Judge);

        var (code, output, _) = CliRun.WithEnvironment(_corpus.Root, new Dictionary<string, string> { ["OPENAI_BASE_URL"] = server.Endpoint },
            "eval", "--corpus", "corpus", "--out", "out", "--no-cache", "--advisor", "openai:test-model");

        Assert.Equal(0, code);
        Assert.Contains("accuracy             1.0000", output);
        Assert.All(server.Calls, call => Assert.Equal("Bearer no-key", call.Authorization));
    }

    [Fact]
    public void Eval_BadEndpointAndPrompt_EveryProblemInOnePass()
    {
        File.WriteAllText(Path.Combine(_corpus.Root, "mine.md"), "Advise.\n\nSituation: {{txt}}\n");

        var (code, _, error) = CliRun.WithEnvironment(_corpus.Root, WithKey,
            "eval", "--corpus", "corpus", "--out", "out", "--advisor", "openai:test-model", "--endpoint", "localhost:11434/v1", "--prompt", "mine.md");

        Assert.Equal(2, code);
        Assert.Equal(
            "--endpoint: 'localhost:11434/v1' is not an http or https URL; write the API's base URL, such as http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1\n"
            + "mine.md:3: unknown placeholder '{{txt}}'; did you mean '{{text}}'?\n"
            + "2 problem(s) found; nothing was written.\n",
            error);
    }

    [Fact]
    public async Task Eval_OwnPrompt_IsSentAndChangesTheFingerprint()
    {
        await using var server = await ChatServer.StartAsync(Judge);
        File.WriteAllText(Path.Combine(_corpus.Root, "mine.md"), "Framework, briefly. Situation: {{text}} Answer in JSON.");
        var bundled = Eval(server, null);

        var own = Eval(server, null, "--prompt", "mine.md");

        Assert.Equal(0, own.ExitCode);
        Assert.Contains(server.Calls, call => call.Prompt == "Framework, briefly. Situation: Answers about today's news. Answer in JSON.");
        Assert.NotEqual(Fingerprint(bundled.Output), Fingerprint(own.Output));
        Assert.Equal(6, server.Requests);
    }

    [Theory]
    [InlineData(new string[0], "\"temperature\":0", "\"response_format\":{\"type\":\"json_object\"}")]
    [InlineData(new[] { "--temperature", "0.7" }, "\"temperature\":0.7", "\"response_format\"")]
    [InlineData(new[] { "--temperature", "none", "--response-format", "text" }, null, null)]
    public async Task Eval_TemperatureAndResponseFormat_AreSentAsAskedAndChangeTheFingerprint(string[] options, string? temperature, string? format)
    {
        await using var server = await ChatServer.StartAsync(Judge);
        var plain = Eval(server, null, "--no-cache");

        var (code, output, _) = Eval(server, null, ["--no-cache", .. options]);

        Assert.Equal(0, code);
        var body = server.Calls[^1].Body;
        if (temperature is null)
            Assert.DoesNotContain("\"temperature\"", body);
        else
            Assert.Contains(temperature, body);
        if (format is null)
            Assert.DoesNotContain("\"response_format\"", body);
        else
            Assert.Contains(format, body);
        Assert.Equal(options.Length == 0, Fingerprint(plain.Output) == Fingerprint(output));
    }

    [Theory]
    [InlineData("--temperature", "0,7", "--temperature '0,7' must be a number from 0 to 2 with '.' before the decimals, such as 0.7, or none")]
    [InlineData("--temperature", "3", "--temperature '3' must be a number from 0 to 2")]
    [InlineData("--response-format", "xml", "--response-format 'xml' is json or text")]
    public void Eval_BadTemperatureOrFormat_IsAUsageProblem(string option, string value, string expected)
    {
        var (code, _, error) = CliRun.WithEnvironment(_corpus.Root, WithKey,
            ["eval", "--corpus", "corpus", "--out", "out", "--advisor", "openai:test-model", "--endpoint", "http://127.0.0.1:9/v1", option, value]);

        Assert.Equal(2, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task Eval_Unreachable_Exit2()
    {
        await using var server = await ChatServer.StartAsync(Judge);
        var endpoint = server.Endpoint;
        await server.DisposeAsync();

        var (code, _, error) = CliRun.WithEnvironment(_corpus.Root, WithKey,
            "eval", "--corpus", "corpus", "--out", "out", "--no-cache", "--advisor", "openai:test-model", "--endpoint", endpoint);

        Assert.Equal(2, code);
        Assert.StartsWith($"error: the advisor openai:test-model cannot be used: {endpoint} cannot be reached (Connection refused); is the server running", error);
        Assert.False(Directory.Exists(Out("")));
    }

    [Fact]
    public async Task Eval_TheKey_IsInNoFileWrittenAndNoOutput()
    {
        // A server that quotes the Authorization header back in its errors, as some proxies do.
        await using var server = await ChatServer.StartAsync(call =>
            call.Prompt.Contains("news", StringComparison.Ordinal) && call.Attempt == 1 ? ChatReply.Error(500, $"bad gateway for {call.Authorization}")
            : call.Prompt.Contains("one contract", StringComparison.Ordinal) ? ChatReply.Error(400, $"rejected {call.Authorization}")
            : Judge(call));
        var gate = Path.Combine(_corpus.Root, "gate.json");
        File.WriteAllText(gate, """{"max_advisor_errors": 5}""");

        var first = Eval(server, null, "--repeats", "2", "--junit", "junit.xml", "--gate", "gate.json", "--price-input", "1", "--price-output", "2");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("rejected Bearer [redacted]", File.ReadAllText(Out("results.csv")));
        Assert.Contains("bad gateway for Bearer [redacted]", File.ReadAllText(Out("advisor.log")));
        File.Copy(Out("advisor.log"), Path.Combine(_corpus.Root, "first-advisor.log"));

        var runs = new[]
        {
            first,
            Eval(server, null, "--repeats", "2", "--junit", "junit.xml", "--gate", "gate.json"),
            CliRun.WithEnvironment(_corpus.Root, WithKey, "explain", "one-off", "--corpus", "corpus", "--cache-dir", "cache", "--advisor", "openai:test-model", "--endpoint", server.Endpoint),
            CliRun.WithEnvironment(_corpus.Root, WithKey, "advise", "Answers about today's news.", "--cache-dir", "cache", "--advisor", "openai:test-model", "--endpoint", server.Endpoint),
        };

        Assert.Contains(server.Calls, call => call.Authorization == $"Bearer {Key}");
        Assert.All(runs, run => Assert.DoesNotContain(Key, run.Output + run.Error));
        var written = Directory.EnumerateFiles(_corpus.Root, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(written, file => file.Contains($"{Path.DirectorySeparatorChar}cache{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.All(written, file => Assert.DoesNotContain(Key, File.ReadAllText(file)));
    }

    [Fact]
    public async Task Advise_OpenAI_ShowsTheModelsAdvice()
    {
        await using var server = await ChatServer.StartAsync(Judge);

        var (code, output, error) = CliRun.WithEnvironment(_corpus.Root, WithKey,
            "advise", "We must always answer in formal legal English.", "--no-cache", "--advisor", "openai:test-model", "--endpoint", server.Endpoint);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Matches(@"Advisor: openai:test-model \(openai-sha256:[0-9a-f]{16}\)", output);
        Assert.Contains("fine-tuning", output);
    }

    private static string Fingerprint(string output) =>
        System.Text.RegularExpressions.Regex.Match(output, "openai-sha256:[0-9a-f]{16}").Value;

    private Dictionary<string, byte[]> Reports() =>
        Directory.EnumerateFiles(Out("")).ToDictionary(file => Path.GetFileName(file), File.ReadAllBytes);
}

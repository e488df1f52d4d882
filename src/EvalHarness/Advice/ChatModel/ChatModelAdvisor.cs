using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using Microsoft.Extensions.AI;
using OpenAI;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// A chat model behind an OpenAI-compatible endpoint (<c>--advisor openai:MODEL</c>) asked with the course's framework:
/// each scenario is put into the prompt template, the reply's JSON answer is read like protocol 1's
/// (<see cref="AdvisorAnswerJson"/>), and the tokens it cost ride on the answer.
/// </summary>
/// <remarks>
/// Requests go through an <see cref="IChatClient"/> pipeline, outermost first: <see cref="RetryingChatClient"/>
/// (429, 5xx, transport errors and timeouts, with backoff, jitter and Retry-After), <see cref="TimeoutChatClient"/>
/// (each try), <see cref="RequestBudgetChatClient"/> (counts what is sent, caps it), then Microsoft.Extensions.AI's
/// OpenAI client, whose own retries are off. The evaluator decides how many requests are in flight. An endpoint that
/// refuses the key, does not know the model or cannot be reached before it has answered once throws
/// <see cref="AdvisorStartException"/>; every other failure is an answer. The key is sent and never shown: every
/// message and log line passes a <see cref="SecretRedactor"/>. Thread-safe.
/// </remarks>
public sealed class ChatModelAdvisor : IExternalAdvisor
{
    /// <summary>Requests in flight when <c>--concurrency</c> is not given: enough to keep a server busy, few enough for a free-tier rate limit.</summary>
    public const int DefaultConcurrency = 4;

    /// <summary>The key sent to an endpoint when <c>OPENAI_API_KEY</c> is not set: local servers (Ollama, vLLM, llama.cpp) take any.</summary>
    public const string NoKey = "no-key";

    private const string LogSource = "openai";

    // The request being asked on this flow of control, so the retry step's log lines can name their scenario.
    private static readonly AsyncLocal<AdviceRequest?> Asking = new();

    private readonly ChatModelOptions _options;
    private readonly IChatClient _chat;
    private readonly HttpClient _http;
    private readonly ChatOptions _chatOptions;
    private readonly SecretRedactor _redactor;
    private readonly AdvisorLog _log;
    private readonly TimeProvider _time;
    private readonly bool _hasKey;
    private int _answered;

    private ChatModelAdvisor(ChatModelOptions options, string? apiKey, AdvisorLog log, TimeProvider time)
    {
        _options = options;
        _log = log;
        _time = time;
        _hasKey = !string.IsNullOrEmpty(apiKey);
        _redactor = new SecretRedactor(apiKey);
        // One connection pool for the run; the per-try timeout is the pipeline's, so the transport never gives up first.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        var client = new OpenAIClient(new ApiKeyCredential(_hasKey ? apiKey! : NoKey), new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
            Transport = new HttpClientPipelineTransport(_http),
        });
        // The first step added is the outermost: a retry sends through a fresh timeout, and every try is counted and capped.
        _chat = new ChatClientBuilder(client.GetChatClient(options.Model).AsIChatClient())
            .Use(inner => new RetryingChatClient(inner, options.Retry, ShouldRetry, Activity, line => Log(Asking.Value is { } asked ? $"{Of(asked)}: {line}" : line), time))
            .Use(inner => new TimeoutChatClient(inner, options.Timeout, time))
            .Use(inner => new RequestBudgetChatClient(inner, options.MaxRequests, Activity))
            .Build();
        _chatOptions = new ChatOptions
        {
            ModelId = options.Model,
            Temperature = options.Temperature,
            // Without JSON mode no format is sent at all: some OpenAI-compatible servers refuse the parameter.
            ResponseFormat = options.JsonOutput ? ChatResponseFormat.Json : null,
        };
    }

    /// <summary>Makes the advisor; nothing is sent until the first request.</summary>
    /// <param name="options">The model, endpoint, prompt and how to send.</param>
    /// <param name="apiKey">The key (<c>OPENAI_API_KEY</c>), or <c>null</c> for an endpoint that needs none.</param>
    /// <param name="log">Where retries and the parts of answers that were left out are written.</param>
    /// <param name="time">The clock for waits and timeouts; the system's by default.</param>
    public static ChatModelAdvisor Create(ChatModelOptions options, string? apiKey, AdvisorLog log, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model);
        return new ChatModelAdvisor(options, apiKey, log, time ?? TimeProvider.System);
    }

    /// <inheritdoc />
    public string Name => $"openai:{_options.Model}";

    /// <inheritdoc />
    public string Version => _options.Fingerprint;

    /// <inheritdoc />
    public AdvisorActivity Activity { get; } = new();

    /// <summary>The options the advisor was made with.</summary>
    public ChatModelOptions Options => _options;

    /// <inheritdoc />
    public async ValueTask<AdvisorAnswer> AdviseAsync(AdviceRequest request, CancellationToken cancellationToken)
    {
        var scenario = request.Scenario ?? throw new ArgumentException("The request has no scenario.", nameof(request));
        var prompt = _options.Prompt.Render(scenario);
        Asking.Value = request; // flows into the pipeline's calls, and is undone when this method returns
        ChatResponse response;
        try
        {
            response = await _chat.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], _chatOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            var failure = ChatFailure.Of(e, _time.GetUtcNow());
            if (Volatile.Read(ref _answered) == 0 && StartProblem(failure) is { } problem)
                throw new AdvisorStartException(_redactor.Redact(problem));
            return AdvisorAnswer.Failed(_redactor.Redact(Describe(failure)));
        }

        Volatile.Write(ref _answered, 1);
        var usage = response.Usage is { } used ? new TokenUsage(used.InputTokenCount ?? 0, used.OutputTokenCount ?? 0) : null;
        return Read(response, request, usage);
    }

    private AdvisorAnswer Read(ChatResponse response, AdviceRequest request, TokenUsage? usage)
    {
        var reply = response.Text;
        if (string.IsNullOrWhiteSpace(reply))
            return AdvisorAnswer.Failed($"the model's reply is empty (finish reason: {response.FinishReason?.Value ?? "none"})", usage);
        if (!ModelReply.TryParse(reply, out var document))
            return AdvisorAnswer.Failed(_redactor.Redact($"the model's reply is not JSON: {AdvisorAnswerJson.Quote(reply)}"), usage);

        using (document)
        {
            var read = AdvisorAnswerJson.Read(document!.RootElement, request.Scenario);
            foreach (var ignored in read.Ignored)
                Log($"{Of(request)}: left out of the answer: {ignored}");
            if (read.AdvisorError is { } error)
                return AdvisorAnswer.Failed(_redactor.Redact($"the model answered with an error: {AdvisorAnswerJson.Quote(error)}"), usage);
            if (read.Advice is null)
                return AdvisorAnswer.Failed(_redactor.Redact($"{read.Problem} in the model's reply {AdvisorAnswerJson.Quote(reply)}"), usage);
            // The object as the model wrote it, fences and thinking left out, is what the cache keeps.
            return AdvisorAnswer.Of(read.Advice, usage, document.RootElement.GetRawText());
        }
    }

    // Once the endpoint has answered, a refused connection is a server restarting: worth the retries.
    private bool ShouldRetry(ChatFailure failure) =>
        failure.Kind != ChatFailureKind.Unreachable || Volatile.Read(ref _answered) != 0;

    private string Describe(ChatFailure failure)
    {
        var tries = failure.Attempts > 1 ? $" ({failure.Attempts} tries)" : "";
        return failure.Kind switch
        {
            ChatFailureKind.Unreachable => $"{ChatEndpoint.Normalized(_options.Endpoint)} cannot be reached: {failure.Message}{tries}",
            ChatFailureKind.Transport => $"the connection to {ChatEndpoint.Normalized(_options.Endpoint)} failed: {failure.Message}{tries}",
            _ => failure.Message + tries,
        };
    }

    // Why the advisor cannot be used at all, when this failure before any answer says so; else null.
    private string? StartProblem(ChatFailure failure)
    {
        var endpoint = ChatEndpoint.Normalized(_options.Endpoint);
        return failure.Kind switch
        {
            ChatFailureKind.Unreachable =>
                $"{endpoint} cannot be reached ({failure.Message}); is the server running, and is the URL right? For Ollama: ollama serve, then --endpoint http://127.0.0.1:11434/v1",
            ChatFailureKind.Refused when failure.Status == 401 =>
                $"{endpoint} refused the request ({failure.Message}); " + (_hasKey
                    ? "check the key in OPENAI_API_KEY"
                    : "it needs a key: set OPENAI_API_KEY"),
            ChatFailureKind.Refused =>
                $"{endpoint} refused the request ({failure.Message}); the key in OPENAI_API_KEY may not be allowed to use model '{_options.Model}'",
            ChatFailureKind.NotFound =>
                $"{endpoint} answered {failure.Message} for model '{_options.Model}'; check the model's name (ollama list, or the provider's model list) and that the URL is the API's base, such as http://127.0.0.1:11434/v1",
            _ => null,
        };
    }

    private void Log(string line) => _log.Write(LogSource, _redactor.Redact(line));

    private static string Of(AdviceRequest request) => $"{request.Scenario.Id} (repeat {request.Repeat})";

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _chat.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}

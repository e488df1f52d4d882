using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// Everything about the chat model advisor except its key: the model, the endpoint, the prompt and how requests are
/// sent. Immutable; the key is given to <see cref="ChatModelAdvisor.Create"/> apart from this, so it is never printed
/// with the options or hashed into the fingerprint.
/// </summary>
/// <param name="Model">The model as the endpoint names it, such as <c>gpt-4o-mini</c> or <c>llama3.2</c>.</param>
/// <param name="Endpoint">The API's base URL (<see cref="ChatEndpoint.TryParse"/>).</param>
/// <param name="Prompt">The prompt template.</param>
public sealed record ChatModelOptions(string Model, Uri Endpoint, PromptTemplate Prompt)
{
    /// <summary>
    /// The sampling temperature: 0 by default, so the same question gets the same answer as nearly as the model allows;
    /// <c>null</c> sends none, for models that refuse the parameter (OpenAI's reasoning models).
    /// </summary>
    public float? Temperature { get; init; } = 0;

    /// <summary>Whether to ask for JSON output (OpenAI's <c>response_format: json_object</c>); on by default; off sends no format at all, for servers that refuse the parameter (<c>--response-format text</c>).</summary>
    public bool JsonOutput { get; init; } = true;

    /// <summary>How long one try of a request may take before it is abandoned (<c>--advisor-timeout</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most requests a run sends, retries included (<c>--max-requests</c>); <c>null</c> for no cap.</summary>
    public long? MaxRequests { get; init; }

    /// <summary>How failed requests are tried again.</summary>
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>
    /// What decides the answers, one <c>name=value</c> a line: kind, model, normalised endpoint, the prompt's SHA-256,
    /// temperature and output format. Timeouts, retries, the request cap and concurrency decide whether an answer
    /// comes, not what it says, so they are left out, and so is the key.
    /// </summary>
    public string Description =>
        $"kind=openai\nmodel={Model}\nendpoint={ChatEndpoint.Normalized(Endpoint)}\nprompt-sha256={Prompt.Sha256}\n"
        + $"temperature={Temperature?.ToString("R", CultureInfo.InvariantCulture) ?? "none"}\nresponse-format={(JsonOutput ? "json" : "text")}\n";

    /// <summary>The fingerprint stamped on reports and keying the response cache: <c>openai-sha256:</c> and 16 hex digits of <see cref="Description"/>'s hash.</summary>
    public string Fingerprint => "openai-sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Description)))[..16];
}

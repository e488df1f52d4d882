namespace EvalHarness.Cli;

/// <summary>The options that choose and tune the advisor under test, as given on the command line.</summary>
/// <param name="Spec">The <c>--advisor</c> spec: <c>framework</c>, <c>predictions:PATH</c>, <c>exec:COMMAND</c> or <c>openai:MODEL</c>.</param>
/// <param name="Repeats">How many times each scenario is asked.</param>
/// <param name="Concurrency">Requests in flight at once; <c>null</c> for the advisor's default.</param>
/// <param name="Workers">Copies of an exec program.</param>
/// <param name="TimeoutSeconds">Seconds an external advisor may take for one request.</param>
/// <param name="CacheDirectory">Where answers are cached; <c>null</c> for the default beside the repository root.</param>
/// <param name="NoCache">Whether to ask afresh and cache nothing.</param>
/// <param name="Endpoint">The OpenAI-compatible endpoint, or <c>null</c> for <c>OPENAI_BASE_URL</c> or OpenAI's own.</param>
/// <param name="Prompt">The prompt template file, or <c>null</c> for <c>fixtures/prompts/framework.md</c>.</param>
/// <param name="MaxRequests">The most requests a chat model run may send, or <c>null</c> for no cap.</param>
/// <param name="PriceInput">Dollars per 1M input tokens, to cost a chat model run.</param>
/// <param name="PriceOutput">Dollars per 1M output tokens.</param>
/// <param name="Temperature">The chat model's temperature: a number, <c>none</c> to send none, or <c>null</c> for the default 0.</param>
/// <param name="ResponseFormat">The chat model's output format, <c>json</c> or <c>text</c>, or <c>null</c> for json.</param>
internal sealed record AdvisorSettings(
    string Spec,
    int Repeats = 1,
    int? Concurrency = null,
    int Workers = 1,
    double TimeoutSeconds = AdvisorSettings.DefaultTimeoutSeconds,
    string? CacheDirectory = null,
    bool NoCache = false,
    string? Endpoint = null,
    string? Prompt = null,
    long? MaxRequests = null,
    decimal? PriceInput = null,
    decimal? PriceOutput = null,
    string? Temperature = null,
    string? ResponseFormat = null)
{
    /// <summary>The default of <c>--advisor-timeout</c>.</summary>
    public const double DefaultTimeoutSeconds = 30;

    /// <summary>The built-in advisor, asked once.</summary>
    public static AdvisorSettings Framework { get; } = new("framework");
}

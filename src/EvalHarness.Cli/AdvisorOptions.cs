using System.CommandLine;

namespace EvalHarness.Cli;

/// <summary>The options that choose the advisor under test, shared by <c>eval</c>, <c>advise</c> and <c>explain</c> so they are spelled alike.</summary>
internal sealed class AdvisorOptions
{
    private readonly Option<string[]> _advisor;

    /// <summary>Creates the options; <paramref name="several"/> lets <c>--advisor</c> be given more than once (eval compares them).</summary>
    public AdvisorOptions(bool several = false)
    {
        _advisor = new Option<string[]>("--advisor")
        {
            Description = "The advice logic under test: framework (built in), predictions:PATH, exec:COMMAND or openai:MODEL"
                + (several ? "; give it more than once to evaluate each and compare them" : ""),
            DefaultValueFactory = _ => ["framework"],
            HelpName = "SPEC",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        if (!several)
        {
            _advisor.Validators.Add(result =>
            {
                if (result.Tokens.Count > 1)
                    result.AddError("--advisor is given once here; to compare several advisors, give each to eval");
            });
        }
    }

    private readonly Option<int?> _repeats = NonNegativeOption.Whole<int>("--repeats", "Ask every scenario N times; the majority is the prediction, a tie is unstable (default 1)", "N");
    private readonly Option<int?> _concurrency = NonNegativeOption.Whole<int>("--concurrency", "Requests in flight at once (exec: default the number of cores; openai: 4)", "N");
    private readonly Option<int?> _workers = NonNegativeOption.Whole<int>("--workers", "Copies of an exec program to spread requests over (default 1)", "K");
    private readonly Option<double?> _timeout = NonNegativeOption.Amount<double>("--advisor-timeout", "Seconds an external advisor may take for one request (default 30)", "SECONDS", "30");
    private readonly Option<string?> _cacheDir = new("--cache-dir") { Description = "Where exec and openai answers are cached (default .eval-cache/ at the repository root)", HelpName = "DIR" };
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Ask afresh and cache nothing" };
    private readonly Option<string?> _endpoint = new("--endpoint") { Description = "OpenAI-compatible endpoint, such as http://127.0.0.1:11434/v1 (default OPENAI_BASE_URL, else OpenAI)", HelpName = "URL" };
    private readonly Option<string?> _prompt = new("--prompt") { Description = "Prompt template for openai (default fixtures/prompts/framework.md)", HelpName = "FILE" };
    private readonly Option<long?> _maxRequests = NonNegativeOption.Whole<long>("--max-requests", "Stop an openai run from sending more than N requests", "N");
    private readonly Option<decimal?> _priceInput = NonNegativeOption.Amount<decimal>("--price-input", "USD per 1M input tokens, to report what an openai run cost", "USD", "2.50");
    private readonly Option<string?> _temperature = new("--temperature") { Description = "openai: sampling temperature from 0 to 2, or none for models that refuse one (default 0)", HelpName = "T" };
    private readonly Option<string?> _responseFormat = new("--response-format") { Description = "openai: ask for json output, or text for servers that do not support it (default json)", HelpName = "json|text" };
    private readonly Option<decimal?> _priceOutput = NonNegativeOption.Amount<decimal>("--price-output", "USD per 1M output tokens", "USD", "10.00");

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _advisor, _repeats, _concurrency, _workers, _timeout, _cacheDir, _noCache, _endpoint, _prompt, _maxRequests, _priceInput, _priceOutput, _temperature, _responseFormat })
            command.Options.Add(option);
    }

    /// <summary>The settings of each <c>--advisor</c> of a parsed command line, in order; the other options apply to all.</summary>
    public IReadOnlyList<AdvisorSettings> ReadAll(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var first = Read(parsed);
        return (parsed.GetValue(_advisor) is { Length: > 0 } specs ? specs : ["framework"]).Select(spec => first with { Spec = spec }).ToArray();
    }

    /// <summary>The settings of a parsed command line with one advisor.</summary>
    public AdvisorSettings Read(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new AdvisorSettings(
            parsed.GetValue(_advisor) is { Length: > 0 } specs ? specs[0] : "framework",
            parsed.GetValue(_repeats) ?? 1,
            parsed.GetValue(_concurrency),
            parsed.GetValue(_workers) ?? 1,
            parsed.GetValue(_timeout) ?? AdvisorSettings.DefaultTimeoutSeconds,
            parsed.GetValue(_cacheDir),
            parsed.GetValue(_noCache),
            parsed.GetValue(_endpoint),
            parsed.GetValue(_prompt),
            parsed.GetValue(_maxRequests),
            parsed.GetValue(_priceInput),
            parsed.GetValue(_priceOutput),
            parsed.GetValue(_temperature),
            parsed.GetValue(_responseFormat));
    }
}

using EvalHarness.Advice;
using EvalHarness.Advice.ChatModel;
using EvalHarness.Corpus;

namespace EvalHarness.Cli;

/// <summary>
/// Makes the <c>openai:MODEL</c> advisor from the command line and the environment: the endpoint from
/// <c>--endpoint</c> or <c>OPENAI_BASE_URL</c>, the key only from <c>OPENAI_API_KEY</c>, the prompt from <c>--prompt</c>
/// or <c>fixtures/prompts/framework.md</c>. Every mistake is a usage problem before a request is sent.
/// </summary>
internal static class ChatModelBuilder
{
    /// <summary>The prompt used without <c>--prompt</c>, relative to the working directory.</summary>
    public const string DefaultPrompt = "fixtures/prompts/framework.md";

    /// <summary>Builds the advisor, or returns <c>null</c> after adding its problems.</summary>
    public static ChatModelAdvisor? Build(CliContext context, AdvisorSettings settings, string model, AdvisorLog log, List<string> problems)
    {
        var before = problems.Count;
        var endpoint = Endpoint(context, settings, problems);
        var key = context.Environment("OPENAI_API_KEY") is { } set && !string.IsNullOrWhiteSpace(set) ? set.Trim() : null;
        if (endpoint is not null && key is null && ChatEndpoint.NeedsKey(endpoint))
            problems.Add($"--advisor openai:{model}: OPENAI_API_KEY is not set, and {ChatEndpoint.Normalized(endpoint)} answers nothing without a key; "
                + "set OPENAI_API_KEY, or name a local server with --endpoint, such as http://127.0.0.1:11434/v1 for Ollama");

        var temperature = Temperature(settings.Temperature, problems);
        var jsonOutput = settings.ResponseFormat?.Trim().ToLowerInvariant() switch
        {
            null or "json" => true,
            "text" => false,
            var other => Problem(problems, $"--response-format '{other}' is json or text"),
        };
        var (path, shown) = PromptPath(context, settings);
        var promptProblems = new List<CorpusProblem>();
        var prompt = PromptTemplate.Load(path, shown, promptProblems);
        problems.AddRange(promptProblems.Select(p => p.ToString()));
        if (problems.Count > before)
            return null;

        var options = new ChatModelOptions(model, endpoint!, prompt!)
        {
            Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            MaxRequests = settings.MaxRequests,
            Temperature = temperature,
            JsonOutput = jsonOutput,
        };
        return ChatModelAdvisor.Create(options, key, log);
    }

    // 0 unless given; "none" sends no temperature at all, which reasoning models require.
    private static float? Temperature(string? text, List<string> problems)
    {
        if (text is null)
            return 0;
        if (text.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
            return null;
        if (float.TryParse(text.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 2)
            return value;
        problems.Add($"--temperature '{text}' must be a number from 0 to 2 with '.' before the decimals, such as 0.7, or none");
        return 0;
    }

    private static bool Problem(List<string> problems, string problem)
    {
        problems.Add(problem);
        return true;
    }

    private static Uri? Endpoint(CliContext context, AdvisorSettings settings, List<string> problems)
    {
        var (text, source) = settings.Endpoint is { } given ? (given, "--endpoint")
            : context.Environment("OPENAI_BASE_URL") is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment) ? (fromEnvironment, "OPENAI_BASE_URL")
            : (ChatEndpoint.OpenAI.ToString(), "the default endpoint");
        if (ChatEndpoint.TryParse(text, out var endpoint, out var problem))
            return endpoint;
        problems.Add($"{source}: {problem}");
        return null;
    }

    // The repository's prompt when run from its root; otherwise the copy that ships beside the tool.
    private static (string Path, string Shown) PromptPath(CliContext context, AdvisorSettings settings)
    {
        if (settings.Prompt is { } chosen)
            return (context.Resolve(chosen), chosen);
        var local = context.Resolve(DefaultPrompt);
        if (File.Exists(local))
            return (local, DefaultPrompt);
        var shipped = Path.Combine(AppContext.BaseDirectory, "prompts", "framework.md");
        return (shipped, shipped);
    }
}

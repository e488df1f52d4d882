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
        };
        return ChatModelAdvisor.Create(options, key, log);
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

namespace EvalHarness.Cli;

/// <summary>What a command may touch: where to write and which folder relative paths start from.</summary>
/// <param name="Output">Standard output: results and summaries.</param>
/// <param name="Error">Standard error: problems, progress.</param>
/// <param name="WorkingDirectory">The folder relative paths are resolved against.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, so progress may be drawn on it.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory, bool ErrorIsTerminal = false)
{
    /// <summary>Reads an environment variable (<c>OPENAI_API_KEY</c>, <c>OPENAI_BASE_URL</c>); tests give their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The command as the user ran it, for help, examples and hints: <c>eval-harness</c>, or <c>dotnet run --project … --</c>.</summary>
    public string CommandName { get; init; } = InvocationName.Tool;

    /// <summary>The process's console and current directory.</summary>
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, System.Environment.CurrentDirectory, !Console.IsErrorRedirected)
        {
            CommandName = InvocationName.Detect(AppContext.BaseDirectory, System.Environment.CurrentDirectory),
        };

    /// <summary>Resolves a path given on the command line against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A full path as the user would type it from the working directory: <c>fixtures/corpus</c>, <c>../reports/latest</c>.</summary>
    public string Display(string fullPath) => Path.GetRelativePath(WorkingDirectory, fullPath).Replace('\\', '/');

    /// <summary>A command line to suggest, as the user would type it: <c>eval-harness validate</c>.</summary>
    public string Command(string arguments) => $"{CommandName} {arguments}";
}

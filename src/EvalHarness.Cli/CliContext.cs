namespace EvalHarness.Cli;

/// <summary>What a command may touch: where to write and which folder relative paths start from.</summary>
/// <param name="Output">Standard output: results and summaries.</param>
/// <param name="Error">Standard error: problems, progress.</param>
/// <param name="WorkingDirectory">The folder relative paths are resolved against.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, so progress may be drawn on it.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error, string WorkingDirectory, bool ErrorIsTerminal = false)
{
    /// <summary>The process's console and current directory.</summary>
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, Environment.CurrentDirectory, !Console.IsErrorRedirected);

    /// <summary>Resolves a path given on the command line against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}

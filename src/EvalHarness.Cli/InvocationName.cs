namespace EvalHarness.Cli;

/// <summary>
/// How the user ran the tool, so help, examples and hints name the command they can type again: <c>eval-harness</c>
/// when installed or published, <c>dotnet run --project src/EvalHarness.Cli --</c> when run from the repository's build.
/// </summary>
internal static class InvocationName
{
    /// <summary>The name of the installed tool.</summary>
    public const string Tool = "eval-harness";

    private const string ProjectFile = "EvalHarness.Cli.csproj";

    /// <summary>
    /// The command as the user ran it: the build output of the CLI project (<c>…/EvalHarness.Cli/bin/…</c>, where
    /// <c>dotnet run</c> starts it) means <c>dotnet run --project PATH --</c> with the project's path from the working
    /// directory; anything else is the installed or published tool.
    /// </summary>
    /// <param name="baseDirectory">The folder the program was loaded from (<see cref="AppContext.BaseDirectory"/>).</param>
    /// <param name="workingDirectory">The folder the user ran it in.</param>
    public static string Detect(string baseDirectory, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        // bin/<configuration>/<framework>/, or one level deeper with a runtime identifier.
        var folder = new DirectoryInfo(Path.GetFullPath(baseDirectory));
        for (var depth = 0; depth < 5 && folder is not null; depth++, folder = folder.Parent)
        {
            if (folder.Name != "bin" || folder.Parent is not { } project || !File.Exists(Path.Combine(project.FullName, ProjectFile)))
                continue;
            var relative = Path.GetRelativePath(workingDirectory, project.FullName).Replace('\\', '/');
            return $"dotnet run --project {(relative.Contains(' ', StringComparison.Ordinal) ? $"\"{relative}\"" : relative)} --";
        }

        return Tool;
    }
}

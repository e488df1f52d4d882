using System.CommandLine;

namespace EvalHarness.Cli;

/// <summary>Options shared by several commands, so they are spelled and defaulted the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary><c>--corpus DIR</c>: the corpus folder holding scenarios.csv and labels.csv; without it, the repository's (see <see cref="CorpusFolder"/>).</summary>
    public static Option<string?> Corpus() => new("--corpus")
    {
        Description = $"Corpus folder holding scenarios.csv and labels.csv [default: the repository's {RepositoryLayout.CorpusFolder}, found from the current folder up]",
        HelpName = "DIR",
    };

    /// <summary>
    /// The corpus folder a command works on, as the user would type it: <c>--corpus</c> when given, otherwise the
    /// repository's <c>fixtures/corpus</c> found from the working directory up, relative to it; <c>null</c> (with the
    /// problem printed) when there is none.
    /// </summary>
    public static string? CorpusFolder(CliContext context, string? given)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (given is not null)
            return given;
        if (RepositoryLayout.Find(context.WorkingDirectory) is { } repository)
            return context.Display(repository.Corpus);
        context.Error.WriteLine(RepositoryLayout.NotFound(context));
        return null;
    }
}

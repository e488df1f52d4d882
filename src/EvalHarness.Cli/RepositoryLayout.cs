namespace EvalHarness.Cli;

/// <summary>
/// The EvalHarness repository the tool runs in, found from the working directory up: the folder that holds
/// <c>fixtures/corpus</c>. Its default corpus, report folders and snapshots are named from there, so the tool works
/// the same from the repository root, from any folder below it, and as an installed tool.
/// </summary>
/// <param name="Root">The repository's root folder.</param>
internal sealed record RepositoryLayout(string Root)
{
    /// <summary>The corpus folder, relative to the root.</summary>
    public const string CorpusFolder = "fixtures/corpus";

    /// <summary>The report folder <c>eval</c> writes by default, relative to the root.</summary>
    public const string LatestReportsFolder = "reports/latest";

    /// <summary>The accepted run's folder, relative to the root.</summary>
    public const string BaselineFolder = "reports/baseline";

    /// <summary>The bundled corpus.</summary>
    public string Corpus => Path.Combine(Root, "fixtures", "corpus");

    /// <summary>Where <c>eval</c> writes its reports by default.</summary>
    public string LatestReports => Path.Combine(Root, "reports", "latest");

    /// <summary>The baseline of the bundled corpus.</summary>
    public string Baseline => Path.Combine(Root, "reports", "baseline");

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>fixtures/corpus</c>, or <c>null</c>.</summary>
    public static RepositoryLayout? Find(string start)
    {
        ArgumentNullException.ThrowIfNull(start);
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "fixtures", "corpus")))
                return new RepositoryLayout(folder.FullName);
        }

        return null;
    }

    /// <summary>Why no corpus was found, and how to name one: the problem of a command run outside the repository.</summary>
    public static string NotFound(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return $"error: no corpus found: there is no {CorpusFolder} in {context.WorkingDirectory} or any folder above it; "
            + "run the command inside the EvalHarness repository, or name a corpus folder with --corpus DIR";
    }
}

namespace EvalHarness.Tests.Snapshots;

/// <summary>Paths inside the repository, found from the test binary so they hold on any machine and under path-mapped CI builds.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder that holds EvalHarness.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The source folder of the test project, where snapshots are committed.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "EvalHarness.Tests");

    /// <summary>The bundled corpus.</summary>
    public static string BundledCorpus => Path.Combine(Root, "fixtures", "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EvalHarness.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"EvalHarness.sln not found above {AppContext.BaseDirectory}");
    }
}

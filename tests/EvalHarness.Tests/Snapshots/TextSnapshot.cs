using Snapshooter;
using Snapshooter.Xunit;
using Xunit.Sdk;

namespace EvalHarness.Tests.Snapshots;

/// <summary>Matches text against a committed Snapshooter snapshot and, on a mismatch, says what changed and how to accept it.</summary>
internal static class TextSnapshot
{
    /// <summary>Compares <paramref name="text"/> with <c>__snapshots__/{name}.snap</c> under <paramref name="folder"/> (relative to the test project).</summary>
    public static void Match(string folder, string name, string text, string subject) =>
        MatchIn(Path.Combine(RepositoryPaths.TestProject, folder), name, text, subject);

    /// <summary>Compares <paramref name="text"/> with <c>__snapshots__/{name}.snap</c> under an absolute folder.</summary>
    public static void MatchIn(string testFolder, string name, string text, string subject)
    {
        // Snapshooter keeps snapshots in a __snapshots__ folder below the one it is given.
        var directory = Path.Combine(testFolder, "__snapshots__");
        var file = Path.Combine(directory, name + ".snap");
        var previous = File.Exists(file) ? File.ReadAllText(file) : null;
        try
        {
            Snapshot.Match(text, new SnapshotFullName(name + ".snap", testFolder));
        }
        catch (Exception e) when (e is not XunitException || previous is not null)
        {
            if (previous is null)
                throw new XunitException(
                    $"{subject} has no snapshot ({Relative(file)}) and strict mode is on.\n" + HowToAccept);
            throw new XunitException(
                $"{subject} changed:\n{LineDiff.Of(previous, text)}\n" +
                $"The new version is in {Relative(Path.Combine(directory, "__mismatch__", name + ".snap"))}.\n" +
                HowToAccept + " Otherwise fix the advice logic or the corpus.");
        }
    }

    /// <summary>The one command that accepts every change, as the README's steps say.</summary>
    internal const string HowToAccept =
        "To accept it, and every other change at once: run 'dotnet run --project src/EvalHarness.Cli -- accept' from the repository root " +
        "(or 'eval-harness accept' when installed); it shows what changed, writes the snapshots, removes those of removed scenarios and " +
        "updates the baseline. Review 'git diff' and commit.";

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');
}

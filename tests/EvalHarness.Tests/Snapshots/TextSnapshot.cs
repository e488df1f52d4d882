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
                    $"{subject} has no snapshot ({Relative(file)}) and strict mode is on.\n" +
                    "To create it: run 'dotnet test' locally (without SNAPSHOOTER_STRICT_MODE), review the new .snap file and commit it.");
            throw new XunitException(
                $"{subject} changed:\n{LineDiff.Of(previous, text)}\n" +
                $"The new version is in {Relative(Path.Combine(directory, "__mismatch__", name + ".snap"))}.\n" +
                "To accept it: move that file over the snapshot (or delete the snapshot and rerun 'dotnet test'), " +
                "then run 'eval --update-baseline' and commit both. Otherwise fix the advice logic.");
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');
}

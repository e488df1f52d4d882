using System.Security.Cryptography;

namespace EvalHarness.Reports;

/// <summary>The SHA-256 of a corpus folder's two files, which name exactly what a run evaluated.</summary>
/// <param name="ScenariosSha256">SHA-256 of scenarios.csv, lowercase hex.</param>
/// <param name="LabelsSha256">SHA-256 of labels.csv, lowercase hex.</param>
public sealed record CorpusHashes(string ScenariosSha256, string LabelsSha256)
{
    /// <summary>Hashes the files of a corpus folder.</summary>
    /// <remarks>Half a second for a million scenarios, so <c>eval</c> starts it on another core while the labels load.</remarks>
    public static CorpusHashes Of(string corpusDirectory)
    {
        ArgumentNullException.ThrowIfNull(corpusDirectory);
        return new CorpusHashes(
            HashOf(Path.Combine(corpusDirectory, "scenarios.csv")),
            HashOf(Path.Combine(corpusDirectory, "labels.csv")));
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

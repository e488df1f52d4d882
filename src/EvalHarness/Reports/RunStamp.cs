using System.Reflection;

namespace EvalHarness.Reports;

/// <summary>Identifies what produced a run, so two reports can be compared; holds no timestamp, keeping reports byte-identical.</summary>
/// <param name="HarnessVersion">The version of the EvalHarness library.</param>
/// <param name="AdvisorVersion">The version of the advisor evaluated.</param>
/// <param name="ScenariosSha256">SHA-256 of scenarios.csv, lowercase hex.</param>
/// <param name="LabelsSha256">SHA-256 of labels.csv, lowercase hex.</param>
/// <param name="ScenarioCount">The number of scenarios evaluated.</param>
public sealed record RunStamp(string HarnessVersion, string AdvisorVersion, string ScenariosSha256, string LabelsSha256, int ScenarioCount)
{
    /// <summary>The version of this library, from its informational version without the source revision.</summary>
    public static string CurrentHarnessVersion { get; } = ReadHarnessVersion();

    /// <summary>Stamps a run of a corpus folder.</summary>
    public static RunStamp For(string corpusDirectory, string advisorVersion, int scenarioCount) =>
        For(CorpusHashes.Of(corpusDirectory), advisorVersion, scenarioCount);

    /// <summary>Stamps a run of a corpus whose files were hashed already.</summary>
    public static RunStamp For(CorpusHashes hashes, string advisorVersion, int scenarioCount)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(advisorVersion);
        return new RunStamp(CurrentHarnessVersion, advisorVersion, hashes.ScenariosSha256, hashes.LabelsSha256, scenarioCount);
    }

    private static string ReadHarnessVersion()
    {
        var version = typeof(RunStamp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}

using System.Reflection;
using EvalHarness.Advice;

namespace EvalHarness.Reports;

/// <summary>Identifies what produced a run, so two reports can be compared; holds no timestamp, keeping reports byte-identical.</summary>
/// <param name="HarnessVersion">The version of the EvalHarness library.</param>
/// <param name="AdvisorVersion">The version of the advisor evaluated.</param>
/// <param name="ScenariosSha256">SHA-256 of scenarios.csv, lowercase hex.</param>
/// <param name="LabelsSha256">SHA-256 of labels.csv, lowercase hex.</param>
/// <param name="ScenarioCount">The number of scenarios evaluated.</param>
public sealed record RunStamp(string HarnessVersion, string AdvisorVersion, string ScenariosSha256, string LabelsSha256, int ScenarioCount)
{
    /// <summary>The advisor evaluated, as the user named it: <c>framework</c>, <c>exec:python3 advisor.py</c>, <c>openai:gpt-4o-mini</c>.</summary>
    public string Advisor { get; init; } = "framework";

    /// <summary>How many times each scenario was asked.</summary>
    public int Repeats { get; init; } = 1;

    /// <summary>The slice evaluated (<c>tag=seed-quiz;id=legal-style</c>, see <see cref="Corpus.ScenarioSlice.Cell"/>), or <c>null</c> for the whole corpus.</summary>
    public string? Slice { get; init; }

    /// <summary>How many scenarios the corpus has, when only a slice of them was evaluated.</summary>
    public int? CorpusScenarioCount { get; init; }

    /// <summary>The prices the run's token usage is costed at, when given (<c>--price-input</c>, <c>--price-output</c>).</summary>
    public TokenPrices? Prices { get; init; }

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

using System.Text;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Authoring;

/// <summary>
/// The snapshots the tests keep of the repository's corpus, defined once: each scenario's advice from the built-in
/// advisor, and four of its reports. The snapshot tests compare with these texts, and <c>accept</c> writes them, so
/// what accept writes is what the tests expect, in the bytes Snapshooter keeps.
/// </summary>
internal static class CorpusSnapshots
{
    /// <summary>The test folder whose <c>__snapshots__</c> holds one advice snapshot per scenario, <c>{id}.snap</c>, relative to the repository root.</summary>
    public const string AdviceTests = "tests/EvalHarness.Tests/Advice/Framework";

    /// <summary>The test folder whose <c>__snapshots__</c> holds the report snapshots, <c>{file}.snap</c>, relative to the repository root.</summary>
    public const string ReportTests = "tests/EvalHarness.Tests/Reports";

    /// <summary>The folder Snapshooter keeps snapshots in, below a test folder.</summary>
    public const string SnapshotFolder = "__snapshots__";

    /// <summary>The folder Snapshooter writes a snapshot that did not match into, below <see cref="SnapshotFolder"/>.</summary>
    public const string MismatchFolder = "__mismatch__";

    /// <summary>The reports of the corpus that are snapshotted, by file name.</summary>
    public static IReadOnlyList<string> ReportFiles { get; } = ["results.csv", "summary.csv", "per_label.csv", "confusion.csv"];

    /// <summary>The advice snapshot's text for a scenario: its advice from the built-in advisor, as JSON.</summary>
    public static string Advice(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return AdviceJson.Write(FrameworkAdvisor.Default.Advise(scenario));
    }

    /// <summary>The report snapshots' texts, by file name: the reports of the corpus evaluated with the built-in advisor.</summary>
    /// <param name="corpus">The corpus, loaded.</param>
    /// <param name="corpusDirectory">Its folder, whose files' hashes the run stamp names.</param>
    public static IReadOnlyDictionary<string, string> Reports(ScenarioCorpus corpus, string corpusDirectory)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var root = Directory.CreateTempSubdirectory("eval-harness-snapshots-").FullName;
        try
        {
            var folder = Path.Combine(root, "reports");
            var run = CorpusEvaluator.Evaluate(corpus, new FrameworkAdvisor());
            var stamp = RunStamp.For(corpusDirectory, run.AdvisorVersion, run.Results.Count);
            ReportSet.Write(folder, run, stamp, comparison: null, verdict: null);
            return ReportFiles.ToDictionary(file => file, file => File.ReadAllText(Path.Combine(folder, file)), StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// A text as Snapshooter keeps it in a <c>.snap</c> file: UTF-8 with a byte-order mark, LF line endings, ending
    /// with a line break.
    /// </summary>
    public static byte[] FileBytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.ReplaceLineEndings("\n");
        if (!normalised.EndsWith('\n'))
            normalised += "\n";
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(normalised)];
    }
}

using EvalHarness.Comparison;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Tests.Comparison;

/// <summary>Recorded runs and rows made in code, for comparison tests.</summary>
internal static class Recorded
{
    public static readonly RunStamp Stamp = new("0.1.0", "test-advisor", "aaaa", "bbbb", 0);

    /// <summary>A row with the given outcome and otherwise the same advice as every other row made here.</summary>
    public static RecordedScenario Row(string id, Approach? expected, Approach? predicted, string evidence = "2: cue.format.json \"json\" (+3)", string text = "A text.") =>
        new(id, expected, predicted, "prompting;prompting;prompting", "fine-tune", "can-prompting-solve-it=no; is-style-format-or-persona=yes",
            evidence, "consistent-format", "check-catastrophic-forgetting", "", text);

    /// <summary>A run of rows with a summary naming the same corpus files as <see cref="Stamp"/>.</summary>
    public static RecordedRun Run(string name, params RecordedScenario[] rows) =>
        RecordedRun.FromRecords(name, rows, new Dictionary<string, string>
        {
            ["scenarios_sha256"] = Stamp.ScenariosSha256, ["labels_sha256"] = Stamp.LabelsSha256, ["advisor_version"] = name,
        });

    /// <summary>A run of results in memory.</summary>
    public static RecordedRun Run(string name, EvaluationRun run) =>
        RecordedRun.FromResults(name, run.Results, run.Metrics, Stamp with { ScenarioCount = run.Results.Count });
}

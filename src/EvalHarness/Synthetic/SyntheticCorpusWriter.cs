using CsvHelper;
using EvalHarness.Corpus;

namespace EvalHarness.Synthetic;

/// <summary>
/// Writes a synthetic corpus folder (scenarios.csv and labels.csv, UTF-8, LF) by streaming: each scenario is written
/// and labelled as it is generated, so a million scenarios need no more memory than one.
/// </summary>
public static class SyntheticCorpusWriter
{
    /// <summary>The header of scenarios.csv, as the loader expects it.</summary>
    public static IReadOnlyList<string> ScenarioColumns { get; } =
        ["id", "text", "daily_requests", "tokens_per_request", "training_examples", "tags", "source", "notes"];

    /// <summary>The header of labels.csv, as the loader expects it.</summary>
    public static IReadOnlyList<string> LabelColumns { get; } = ["scenario_id", "annotator", "label", "rationale"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>Writes the two files into <paramref name="directory"/> (created when missing), replacing files of the same names.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public static SyntheticCorpusSummary Write(string directory, SyntheticOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(directory);
        var scenariosPath = Path.Combine(directory, CorpusFiles.Scenarios);
        var labelsPath = Path.Combine(directory, CorpusFiles.Labels);
        var generator = new SyntheticScenarioGenerator(options.Seed);
        var panel = new SyntheticPanel(options);
        long labelCount = 0;
        using (var scenarios = CsvWriter.ToFile(scenariosPath, Options))
        using (var labels = CsvWriter.ToFile(labelsPath, Options))
        {
            scenarios.WriteHeader([.. ScenarioColumns]);
            labels.WriteHeader([.. LabelColumns]);
            for (var i = 0; i < options.Count; i++)
            {
                var scenario = generator.Next();
                WriteScenario(scenarios, scenario.Scenario);
                foreach (var label in panel.Label(scenario))
                {
                    labels.WriteField(label.ScenarioId);
                    labels.WriteField(label.Annotator);
                    labels.WriteField(label.Label.ToSlug());
                    labels.WriteField(label.Rationale);
                    labels.EndRecord();
                    labelCount++;
                }
            }
        }

        return new SyntheticCorpusSummary(options.Count, labelCount, new FileInfo(scenariosPath).Length, new FileInfo(labelsPath).Length);
    }

    private static void WriteScenario(CsvWriter csv, Scenario scenario)
    {
        csv.WriteField(scenario.Id);
        csv.WriteField(scenario.Text);
        csv.WriteField(scenario.DailyRequests, default);
        csv.WriteField(scenario.TokensPerRequest, default);
        csv.WriteField(scenario.TrainingExamples, default);
        csv.WriteField(string.Join(';', scenario.Tags));
        csv.WriteField(scenario.Source);
        csv.WriteField(scenario.Notes);
        csv.EndRecord();
    }
}

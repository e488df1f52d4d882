using System.Text;
using System.Text.Json;
using EvalHarness.Corpus;

namespace EvalHarness.Advice.Predictions;

/// <summary>
/// Reads a predictions file — answers made elsewhere — into answers by scenario id and repeat: CSV with the header
/// <c>scenario_id,approach</c> and optional <c>leaf</c>, <c>evidence</c>, <c>warnings</c> and <c>repeat</c> columns, or JSONL
/// (<c>.jsonl</c>) with one protocol answer per line. Every problem is located and collected in one pass.
/// </summary>
internal static class PredictionsFile
{
    private static readonly CsvColumn[] Columns =
    [
        new("scenario_id", Required: true),
        new("approach", Required: true),
        new("leaf"),
        new("evidence"),
        new("warnings"),
        new("repeat"),
    ];

    private const int Id = 0, ApproachColumn = 1, LeafColumn = 2, EvidenceColumn = 3, WarningsColumn = 4, RepeatColumn = 5;

    /// <summary>Reads the file at <paramref name="shownPath"/> (as the user typed it, which problems name) relative to <paramref name="workingDirectory"/>.</summary>
    public static Dictionary<(string Id, int Repeat), Prediction> Read(string workingDirectory, string shownPath, CorpusProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        ArgumentNullException.ThrowIfNull(shownPath);
        ArgumentNullException.ThrowIfNull(problems);
        var path = Path.GetFullPath(shownPath, workingDirectory);
        var predictions = new Dictionary<(string, int), Prediction>();
        if (!File.Exists(path))
        {
            problems.Add(shownPath, 0, "predictions file not found", "check the path after 'predictions:'; it is relative to the current folder");
            return predictions;
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            ReadJsonLines(path, shownPath, problems, predictions);
        else
            ReadCsv(workingDirectory, shownPath, problems, predictions);
        return predictions;
    }

    private static void ReadCsv(string workingDirectory, string shownPath, CorpusProblemList problems, Dictionary<(string, int), Prediction> predictions)
    {
        // Opened through the corpus's reader, so a predictions file is read as forgivingly, and its faults are named as
        // precisely, as scenarios.csv; the reader names the file as it is given, the path the user typed.
        using var file = CorpusCsvFile.Open(workingDirectory, shownPath, Columns, problems);
        while (file.MoveNext())
        {
            var line = file.Line;
            var id = file.Text(Id).Trim();
            if (id.Length == 0)
            {
                problems.Add(shownPath, line, "empty scenario_id", "give the id of a corpus scenario");
                continue;
            }

            if (!TryRepeat(file.Text(RepeatColumn), out var repeat))
            {
                problems.Add(shownPath, line, $"repeat '{file.Text(RepeatColumn)}' is not a whole number of at least 0", "leave it empty for 0");
                continue;
            }

            var approachText = file.Text(ApproachColumn);
            if (!ApproachText.TryParse(approachText, out var approach))
            {
                problems.Add(shownPath, line, AdvisorAnswerJson.UnknownApproach(approachText), $"write one of {ApproachText.ValidLabels}");
                continue;
            }

            var ok = true;
            Leaf? leaf = null;
            if (file.Text(LeafColumn).Trim() is { Length: > 0 } leafText)
            {
                if (AdviceSlugs.TryParseLeaf(leafText, out var parsed))
                    leaf = parsed;
                else
                {
                    problems.Add(shownPath, line, $"unknown leaf {AdvisorAnswerJson.Quote(leafText)}", $"write one of {string.Join(", ", AdviceSlugs.LeafSlugs)}, or leave it empty");
                    ok = false;
                }
            }

            var codes = new List<WarningCode>();
            foreach (var code in Split(file.Text(WarningsColumn)))
            {
                if (AdviceSlugs.TryParseWarning(code, out var warning))
                    codes.Add(warning);
                else
                {
                    var near = EditDistance.Nearest(code, AdviceSlugs.WarningSlugs);
                    problems.Add(shownPath, line, $"unknown warning {AdvisorAnswerJson.Quote(code)}",
                        near is null ? $"warnings are {string.Join(", ", AdviceSlugs.WarningSlugs)}, separated by ';'" : $"did you mean '{near}'?");
                    ok = false;
                }
            }

            if (!ok)
                continue;
            var evidence = Split(file.Text(EvidenceColumn)).Select(e => new Evidence(AdvisorAnswerJson.EvidenceRule, e, 0)).ToArray();
            var advice = new ScenarioAdvice(approach.Value, leaf, [], [], AdviceWarnings.Of(codes), null) { UnplacedEvidence = evidence };
            Add(predictions, id, repeat, new Prediction(line, advice, null), shownPath, problems);
        }
    }

    private static void ReadJsonLines(string path, string shownPath, CorpusProblemList problems, Dictionary<(string, int), Prediction> predictions)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path, new UTF8Encoding(false, throwOnInvalidBytes: false)))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException e)
            {
                problems.Add(shownPath, line, $"not valid JSON: {FirstSentence(e.Message)}", "write one JSON object per line, such as {\"id\": \"legal-style\", \"approach\": \"fine-tuning\"}");
                continue;
            }

            using (document)
            {
                var answer = document.RootElement;
                if (answer.ValueKind != JsonValueKind.Object || !answer.TryGetProperty("id", out var idValue) || idValue.ValueKind != JsonValueKind.String
                    || idValue.GetString()!.Trim() is not { Length: > 0 } id)
                {
                    problems.Add(shownPath, line, "no \"id\"", "every line names its scenario: {\"id\": \"legal-style\", \"approach\": \"fine-tuning\"}");
                    continue;
                }

                var repeat = 0;
                if (answer.TryGetProperty("repeat", out var repeatValue) && repeatValue.ValueKind != JsonValueKind.Null
                    && !(repeatValue.ValueKind == JsonValueKind.Number && repeatValue.TryGetInt32(out repeat) && repeat >= 0))
                {
                    problems.Add(shownPath, line, $"\"repeat\" must be a whole number of at least 0, got {AdvisorAnswerJson.Quote(repeatValue.GetRawText())}", "leave it out for 0");
                    continue;
                }

                // The scenario's facts only decide the cost, which is filled in when the scenario is asked for.
                var read = AdvisorAnswerJson.Read(answer, new Scenario(id, ""));
                if (read.Problem is { } problem)
                {
                    problems.Add(shownPath, line, problem, $"\"approach\" is one of {ApproachText.ValidLabels}");
                    continue;
                }

                if (read.Ignored.Count > 0)
                {
                    foreach (var ignored in read.Ignored)
                        problems.Add(shownPath, line, ignored);
                    continue;
                }

                var prediction = read.Advice is { } advice ? new Prediction(line, advice with { Cost = null }, null) : new Prediction(line, null, read.AdvisorError);
                Add(predictions, id, repeat, prediction, shownPath, problems);
            }
        }
    }

    private static void Add(Dictionary<(string, int), Prediction> predictions, string id, int repeat, Prediction prediction, string shownPath, CorpusProblemList problems)
    {
        if (predictions.TryAdd((id, repeat), prediction))
            return;
        var first = predictions[(id, repeat)].Line;
        problems.Add(shownPath, prediction.Line, $"duplicate prediction for '{id}'" + (repeat == 0 ? "" : $" repeat {repeat}") + $" (first on line {first})",
            $"keep one of lines {first} and {prediction.Line}");
    }

    private static bool TryRepeat(string text, out int repeat)
    {
        repeat = 0;
        var trimmed = text.Trim();
        return trimmed.Length == 0 || (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out repeat) && repeat >= 0);
    }

    private static IEnumerable<string> Split(string cell) =>
        cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string FirstSentence(string message) =>
        message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var cut and > 0 ? message[..cut] : message;
}

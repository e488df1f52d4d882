using System.Text.Json;
using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>
/// Reads the answer fields that every external advisor shares (protocol 1, predictions JSONL, a chat model's reply):
/// <c>approach</c> (required, spelled as in labels.csv), and optionally <c>leaf</c>, <c>path</c>, <c>evidence</c>,
/// <c>reasons</c>, <c>warnings</c>; or <c>error</c> instead. See docs/advisor-protocol.md.
/// </summary>
public static class AdvisorAnswerJson
{
    /// <summary>The rule id given to evidence an external advisor reports, since it names no rule of ours.</summary>
    public const string EvidenceRule = "advisor";

    /// <summary>The longest piece of an answer quoted in a message.</summary>
    public const int QuoteLength = 200;

    /// <summary>Reads an answer object for <paramref name="scenario"/>, whose facts give the cost comparison.</summary>
    public static AdvisorAnswerRead Read(JsonElement answer, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (answer.ValueKind != JsonValueKind.Object)
            return Unusable($"the answer is a JSON {Kind(answer)}, not an object");
        if (answer.TryGetProperty("error", out var error) && error.ValueKind != JsonValueKind.Null)
            return new AdvisorAnswerRead(null, error.ValueKind == JsonValueKind.String ? error.GetString() : error.GetRawText(), null, []);
        if (!answer.TryGetProperty("approach", out var approachValue) || approachValue.ValueKind == JsonValueKind.Null)
            return Unusable("the answer has no \"approach\"");
        if (approachValue.ValueKind != JsonValueKind.String)
            return Unusable($"\"approach\" is a JSON {Kind(approachValue)}, not a string");
        var approachText = approachValue.GetString()!;
        if (!ApproachText.TryParse(approachText, out var approach))
            return Unusable(UnknownApproach(approachText));

        var ignored = new List<string>();
        var leaf = ReadLeaf(answer, ignored);
        var advice = new ScenarioAdvice(
            approach.Value,
            leaf,
            ReadPath(answer, ignored),
            ReadReasons(answer, ignored),
            ReadWarnings(answer, ignored),
            CostOf(scenario))
        {
            UnplacedEvidence = ReadEvidence(answer, "evidence", ignored),
        };
        return new AdvisorAnswerRead(advice, null, null, ignored);
    }

    /// <summary>The message for an approach that is not one of the three, with the nearest spelling when there is one.</summary>
    public static string UnknownApproach(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var near = EditDistance.Nearest(text, ["prompting", "rag", "fine-tuning"]);
        return $"unknown approach {Quote(text)}" + (near is null ? $" (expected {ApproachText.ValidLabels})" : $"; did you mean '{near}'?");
    }

    /// <summary>A piece of an answer in double quotes, cut to <see cref="QuoteLength"/> characters, on one line.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= QuoteLength ? $"\"{line}\"" : $"\"{line[..QuoteLength]}…\" ({line.Length} characters)";
    }

    /// <summary>The cost comparison of a scenario's own columns; an external advisor does not read numbers from the text.</summary>
    public static CostComparison? CostOf(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario is { DailyRequests: { } daily, TokensPerRequest: { } tokens }
            && CostModel.TryCompare(daily, tokens, null, out var cost) ? cost : null;
    }

    private static AdvisorAnswerRead Unusable(string problem) => new(null, null, problem, []);

    private static Leaf? ReadLeaf(JsonElement answer, List<string> ignored)
    {
        if (!answer.TryGetProperty("leaf", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.String && AdviceSlugs.TryParseLeaf(value.GetString(), out var leaf))
            return leaf;
        ignored.Add($"unknown leaf {Quote(value.ToString())} (expected one of {string.Join(", ", AdviceSlugs.LeafSlugs)})");
        return null;
    }

    private static IReadOnlyList<DecisionStep> ReadPath(JsonElement answer, List<string> ignored)
    {
        if (!answer.TryGetProperty("path", out var path) || path.ValueKind == JsonValueKind.Null)
            return [];
        if (path.ValueKind != JsonValueKind.Array)
        {
            ignored.Add("\"path\" is not a list of steps");
            return [];
        }

        var steps = new List<DecisionStep>();
        foreach (var step in path.EnumerateArray())
        {
            if (step.ValueKind != JsonValueKind.Object
                || !step.TryGetProperty("question", out var question) || question.ValueKind != JsonValueKind.String
                || !AdviceSlugs.TryParseQuestion(question.GetString(), out var asked))
            {
                ignored.Add($"a step of \"path\" names no known question: {Quote(step.GetRawText())} (questions: {string.Join(", ", AdviceSlugs.QuestionSlugs)})");
                continue;
            }

            if (!step.TryGetProperty("answer", out var said) || said.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                ignored.Add($"the step {Quote(question.GetString()!)} has no true/false \"answer\"");
                continue;
            }

            steps.Add(new DecisionStep(asked, said.GetBoolean(), ReadEvidence(step, "evidence", ignored)));
        }

        return steps;
    }

    private static IReadOnlyList<Evidence> ReadEvidence(JsonElement owner, string name, List<string> ignored)
    {
        if (!owner.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
            return [];
        if (list.ValueKind != JsonValueKind.Array)
        {
            ignored.Add($"\"{name}\" is not a list of strings");
            return [];
        }

        var evidence = new List<Evidence>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } found)
                evidence.Add(new Evidence(EvidenceRule, found, 0));
            else
                ignored.Add($"an item of \"{name}\" is not a non-empty string: {Quote(item.GetRawText())}");
        }

        return evidence;
    }

    private static IReadOnlyList<FineTuneReason> ReadReasons(JsonElement answer, List<string> ignored)
    {
        var reasons = new SortedSet<FineTuneReason>();
        foreach (var text in Strings(answer, "reasons", ignored))
        {
            if (AdviceSlugs.TryParseReason(text, out var reason))
                reasons.Add(reason);
            else
                ignored.Add($"unknown reason {Quote(text)} (reasons: {string.Join(", ", AdviceSlugs.ReasonSlugs)})");
        }

        return [.. reasons];
    }

    private static IReadOnlyList<AdviceWarning> ReadWarnings(JsonElement answer, List<string> ignored)
    {
        var codes = new List<WarningCode>();
        foreach (var text in Strings(answer, "warnings", ignored))
        {
            if (AdviceSlugs.TryParseWarning(text, out var code))
                codes.Add(code);
            else
                ignored.Add($"unknown warning {Quote(text)} (warnings: {string.Join(", ", AdviceSlugs.WarningSlugs)})");
        }

        return AdviceWarnings.Of(codes);
    }

    private static IEnumerable<string> Strings(JsonElement owner, string name, List<string> ignored)
    {
        if (!owner.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
            return [];
        if (list.ValueKind != JsonValueKind.Array)
        {
            ignored.Add($"\"{name}\" is not a list of strings");
            return [];
        }

        var strings = new List<string>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
                strings.Add(item.GetString()!);
            else
                ignored.Add($"an item of \"{name}\" is not a string: {Quote(item.GetRawText())}");
        }

        return strings;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "list",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };
}

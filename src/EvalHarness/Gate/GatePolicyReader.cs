using System.Text.Json;
using EvalHarness.Corpus;

namespace EvalHarness.Gate;

/// <summary>Reads gate.json; unknown keys, wrong types and out-of-range values become problems with file, line and key.</summary>
public static class GatePolicyReader
{
    private static readonly string[] Keys =
        ["min_accuracy", "min_acceptable_accuracy", "min_macro_f1", "min_cohen_kappa", "max_regressions", "must_pass_tags", "min_stability", "max_advisor_errors", "max_removed"];

    /// <summary>Reads a policy file; the policy is <c>null</c> when any problem was found.</summary>
    public static (GatePolicy? Policy, IReadOnlyList<CorpusProblem> Problems) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
            return (null, [new CorpusProblem(file, 0, $"gate policy '{path}' not found", "pass --gate with the path of a gate.json such as fixtures/gate.json")]);
        return Parse(File.ReadAllBytes(path), file);
    }

    /// <summary>Parses policy JSON; <paramref name="file"/> names it in problems.</summary>
    public static (GatePolicy? Policy, IReadOnlyList<CorpusProblem> Problems) Parse(ReadOnlySpan<byte> json, string file)
    {
        var problems = new List<CorpusProblem>();
        var policy = new GatePolicy();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var text = json.ToArray();
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return (null, [new CorpusProblem(file, 1, "the policy must be one JSON object", "start the file with { and end it with }")]);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                var line = LineOf(text, reader.TokenStartIndex);
                reader.Read();
                policy = ReadValue(policy, key, ref reader, file, line, problems);
            }
        }
        catch (JsonException e)
        {
            problems.Add(new CorpusProblem(file, (int)(e.LineNumber ?? 0) + 1, "not valid JSON: " + FirstSentence(e.Message), "check for a missing comma, quote or brace"));
        }
        return problems.Count == 0 ? (policy, problems) : (null, problems);
    }

    private static GatePolicy ReadValue(GatePolicy policy, string key, ref Utf8JsonReader reader, string file, int line, List<CorpusProblem> problems)
    {
        switch (key)
        {
            case "min_accuracy": return policy with { MinAccuracy = Fraction(ref reader, key, 0, file, line, problems) };
            case "min_acceptable_accuracy": return policy with { MinAcceptableAccuracy = Fraction(ref reader, key, 0, file, line, problems) };
            case "min_macro_f1": return policy with { MinMacroF1 = Fraction(ref reader, key, 0, file, line, problems) };
            case "min_cohen_kappa": return policy with { MinCohenKappa = Fraction(ref reader, key, -1, file, line, problems) };
            case "min_stability": return policy with { MinStability = Fraction(ref reader, key, 0, file, line, problems) };
            case "max_regressions": return policy with { MaxRegressions = Count(ref reader, key, file, line, problems) ?? policy.MaxRegressions };
            case "max_advisor_errors": return policy with { MaxAdvisorErrors = Count(ref reader, key, file, line, problems) ?? policy.MaxAdvisorErrors };
            case "max_removed": return policy with { MaxRemoved = Count(ref reader, key, file, line, problems) ?? policy.MaxRemoved };
            case "must_pass_tags":
                // Its file and line are kept: whether a tag names any scenario is known only once the corpus was read.
                return policy with { MustPassTags = Tags(ref reader, key, file, line, problems), MustPassTagsAt = (file, line) };
            default:
                var hint = EditDistance.Nearest(key, Keys) is { } near
                    ? $"did you mean '{near}'?"
                    : "known keys: " + string.Join(", ", Keys);
                problems.Add(new CorpusProblem(file, line, $"unknown key '{key}'", hint));
                reader.Skip();
                return policy;
        }
    }

    private static int? Count(ref Utf8JsonReader reader, string key, string file, int line, List<CorpusProblem> problems)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count) && count >= 0)
            return count;
        problems.Add(new CorpusProblem(file, line, $"'{key}' must be a whole number of at least 0", $"for example \"{key}\": 0"));
        reader.Skip();
        return null;
    }

    private static double? Fraction(ref Utf8JsonReader reader, string key, double min, string file, int line, List<CorpusProblem> problems)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType == JsonTokenType.Number && reader.GetDouble() is var value && value >= min && value <= 1)
            return value;
        problems.Add(new CorpusProblem(file, line, $"'{key}' must be a number from {min} to 1", $"for example \"{key}\": 0.8, or null to skip the check"));
        reader.Skip();
        return null;
    }

    private static IReadOnlyList<string> Tags(ref Utf8JsonReader reader, string key, string file, int line, List<CorpusProblem> problems)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            problems.Add(new CorpusProblem(file, line, $"'{key}' must be a list of tags", $"for example \"{key}\": [\"seed-quiz\", \"seed-exercise\"]"));
            reader.Skip();
            return [];
        }
        var tags = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } tag)
                tags.Add(tag);
            else
            {
                problems.Add(new CorpusProblem(file, line, $"'{key}' must hold only non-empty tag strings"));
                reader.Skip();
            }
        }
        return tags;
    }

    private static int LineOf(byte[] text, long offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
            if (text[i] == (byte)'\n')
                line++;
        return line;
    }

    // System.Text.Json appends "LineNumber: 2 | BytePositionInLine: 3." and a path; the problem already has the line.
    private static string FirstSentence(string message) =>
        message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var cut and > 0 ? message[..cut] : message;
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EvalHarness.Corpus;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// The prompt a chat model is asked with: a text file an author edits (<c>fixtures/prompts/framework.md</c>), whose
/// placeholders <c>{{text}}</c>, <c>{{daily_requests}}</c>, <c>{{tokens_per_request}}</c> and
/// <c>{{training_examples}}</c> are filled in with each scenario. An unknown fact reads <c>unknown</c>.
/// </summary>
/// <remarks>Immutable and thread-safe. Tags, source and notes are never offered: they are for people, and some name the answer.</remarks>
public sealed class PromptTemplate
{
    /// <summary>The placeholders a template may use, without their braces.</summary>
    public static IReadOnlyList<string> Placeholders { get; } = ["text", "daily_requests", "tokens_per_request", "training_examples"];

    /// <summary>What an unknown fact is rendered as.</summary>
    public const string UnknownFact = "unknown";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Literal text and placeholders in order: a placeholder is an index into Placeholders, literal text is null there.
    private readonly (string? Text, int Placeholder)[] _parts;

    private PromptTemplate(string name, string sha256, (string?, int)[] parts)
    {
        Name = name;
        Sha256 = sha256;
        _parts = parts;
    }

    /// <summary>The file as the user named it, for messages.</summary>
    public string Name { get; }

    /// <summary>SHA-256 of the file's bytes, lowercase hex: part of the advisor's fingerprint, so an edited prompt is asked afresh.</summary>
    public string Sha256 { get; }

    /// <summary>Reads a template file; its problems (not found, not UTF-8, an unknown placeholder, no <c>{{text}}</c>) are added to <paramref name="problems"/>.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="shownName">The file as the user named it, for problems.</param>
    /// <param name="problems">Receives the problems, each located.</param>
    /// <returns>The template, or <c>null</c> when it has problems.</returns>
    public static PromptTemplate? Load(string path, string shownName, ICollection<CorpusProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(shownName);
        ArgumentNullException.ThrowIfNull(problems);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(new CorpusProblem(shownName, 0, "prompt file not found", "check the path given to --prompt"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new CorpusProblem(shownName, 0, $"the prompt file cannot be read: {e.Message}"));
            return null;
        }

        return Parse(bytes, shownName, problems);
    }

    /// <summary>Reads a template from its bytes (UTF-8, a byte-order mark allowed); see <see cref="Load"/>.</summary>
    public static PromptTemplate? Parse(ReadOnlySpan<byte> bytes, string shownName, ICollection<CorpusProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(shownName);
        ArgumentNullException.ThrowIfNull(problems);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            problems.Add(new CorpusProblem(shownName, 0, "the prompt file is not UTF-8", "save it as UTF-8"));
            return null;
        }

        var before = problems.Count;
        var parts = new List<(string?, int)>();
        var hasText = false;
        var at = 0;
        while (true)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
                break;
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var line = 1 + text.AsSpan(0, open).Count('\n');
            if (close < 0 || text.AsSpan(open + 2, close - open - 2).ContainsAny('\n', '{'))
            {
                problems.Add(new CorpusProblem(shownName, line, "'{{' without its closing '}}'", $"write a placeholder whole, such as {{{{text}}}}; placeholders: {List()}"));
                at = open + 2;
                continue;
            }

            var name = text[(open + 2)..close].Trim();
            var index = IndexOf(name);
            if (index < 0)
            {
                var near = EditDistance.Nearest(name, Placeholders);
                problems.Add(new CorpusProblem(shownName, line, $"unknown placeholder '{{{{{name}}}}}'",
                    near is null ? $"placeholders: {List()}" : $"did you mean '{{{{{near}}}}}'?"));
            }
            else
            {
                hasText |= index == 0;
                if (open > at)
                    parts.Add((text[at..open], -1));
                parts.Add((null, index));
            }

            at = close + 2;
        }

        if (at < text.Length)
            parts.Add((text[at..], -1));
        if (!hasText && problems.Count == before)
            problems.Add(new CorpusProblem(shownName, 0, "the prompt has no {{text}} placeholder, so the model would never see the scenario", "write {{text}} where the scenario's text goes"));
        return problems.Count > before ? null : new PromptTemplate(shownName, sha256, [.. parts]);
    }

    /// <summary>The prompt for one scenario.</summary>
    public string Render(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var prompt = new StringBuilder();
        foreach (var (text, placeholder) in _parts)
        {
            prompt.Append(text ?? placeholder switch
            {
                0 => scenario.Text ?? "",
                1 => Fact(scenario.DailyRequests),
                2 => Fact(scenario.TokensPerRequest),
                _ => Fact(scenario.TrainingExamples),
            });
        }

        return prompt.ToString();
    }

    private static string Fact(long? value) => value?.ToString("#,0", CultureInfo.InvariantCulture) ?? UnknownFact;

    private static int IndexOf(string name)
    {
        for (var i = 0; i < Placeholders.Count; i++)
            if (string.Equals(Placeholders[i], name, StringComparison.Ordinal))
                return i;
        return -1;
    }

    private static string List() => string.Join(", ", Placeholders.Select(p => $"{{{{{p}}}}}"));
}

using System.Text.Json;

namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// Finds the JSON answer in what a chat model wrote. In JSON mode that is the whole reply; a model or server that does
/// not honour JSON mode often wraps it in a Markdown fence (<c>```json … ```</c>), and a reasoning model may think
/// aloud first (<c>&lt;think&gt;…&lt;/think&gt;</c>); both are tolerated. Anything else around the object is not: the
/// reply then is not JSON, an advisor error that quotes it.
/// </summary>
public static class ModelReply
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses the reply's JSON; <c>false</c> when it is not JSON (an object or anything else JSON is returned as it is).</summary>
    public static bool TryParse(string? reply, out JsonDocument? document)
    {
        document = null;
        var text = Unwrap(reply ?? "");
        if (text.Length == 0)
            return false;
        try
        {
            document = JsonDocument.Parse(text, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The reply without a leading think block and without a Markdown fence around it.</summary>
    public static string Unwrap(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = reply.AsSpan().Trim();
        if (text.StartsWith("<think>", StringComparison.Ordinal) && text.IndexOf("</think>", StringComparison.Ordinal) is var end and >= 0)
            text = text[(end + "</think>".Length)..].TrimStart();
        if (text.StartsWith("```", StringComparison.Ordinal) && text.Length > 6 && text.EndsWith("```", StringComparison.Ordinal))
        {
            var body = text[3..^3];
            var newline = body.IndexOf('\n');
            // The fence's first line may name the language (```json); the JSON starts on the next line.
            if (newline >= 0 && !body[..newline].Trim().ContainsAny('{', '['))
                body = body[(newline + 1)..];
            text = body.Trim();
        }

        return text.ToString();
    }
}

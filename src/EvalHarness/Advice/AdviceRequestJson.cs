using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EvalHarness.Advice;

/// <summary>
/// Writes a request of protocol 1 as one line of JSON: <c>{"id", "repeat", "text", "daily_requests",
/// "tokens_per_request", "training_examples", "tags"}</c>, an unknown fact as <c>null</c>. See docs/advisor-protocol.md.
/// </summary>
public static class AdviceRequestJson
{
    // Non-ASCII text is written as UTF-8, as a reader in any language expects; control characters are still escaped,
    // so a request is always exactly one line.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the request as one JSON object without a newline.</summary>
    public static void Write(IBufferWriter<byte> output, AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(request.Scenario);
        using var writer = new Utf8JsonWriter(output, Options);
        Write(writer, request);
    }

    /// <summary>Writes the request's object to a writer, so callers can embed it.</summary>
    public static void Write(Utf8JsonWriter writer, AdviceRequest request)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var scenario = request.Scenario ?? throw new ArgumentException("The request has no scenario.", nameof(request));
        writer.WriteStartObject();
        writer.WriteString("id", scenario.Id);
        writer.WriteNumber("repeat", request.Repeat);
        if (scenario.HasUtf8Text)
            writer.WriteString("text", scenario.Utf8Text);
        else
            writer.WriteString("text", scenario.Text ?? "");
        WriteFact(writer, "daily_requests", scenario.DailyRequests);
        WriteFact(writer, "tokens_per_request", scenario.TokensPerRequest);
        WriteFact(writer, "training_examples", scenario.TrainingExamples);
        writer.WriteStartArray("tags");
        foreach (var tag in scenario.Tags)
            writer.WriteStringValue(tag);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The request as one line of UTF-8 JSON, <c>\n</c>-terminated.</summary>
    public static byte[] Line(AdviceRequest request)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, request);
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteFact(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } known)
            writer.WriteNumber(name, known);
        else
            writer.WriteNull(name);
    }
}

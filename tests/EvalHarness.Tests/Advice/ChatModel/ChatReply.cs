using System.Text.Json;

namespace EvalHarness.Tests.Advice.ChatModel;

/// <summary>What the server sends back to one request.</summary>
internal sealed record ChatReply
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; init; } = 200;

    /// <summary>The assistant message's content, in a chat completion.</summary>
    public string? Content { get; init; }

    /// <summary>A body sent as it is instead of a chat completion.</summary>
    public string? RawBody { get; init; }

    /// <summary>The body's content type.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>How long to wait before answering.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The Retry-After header, if any.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Whether to drop the connection instead of answering.</summary>
    public bool DropConnection { get; init; }

    /// <summary>usage.prompt_tokens.</summary>
    public int PromptTokens { get; init; } = 120;

    /// <summary>usage.completion_tokens.</summary>
    public int CompletionTokens { get; init; } = 30;

    /// <summary>A chat completion whose content is <paramref name="content"/>.</summary>
    public static ChatReply Answer(string content) => new() { Content = content };

    /// <summary>A chat completion answering with <paramref name="approach"/> and the leaf that goes with it.</summary>
    public static ChatReply Approach(string approach) => Answer(approach switch
    {
        "rag" => """{"approach": "rag", "leaf": "rag", "path": [{"question": "needs-domain-knowledge", "answer": true, "evidence": ["today's news"]}]}""",
        "fine-tuning" => """{"approach": "fine-tuning", "leaf": "fine-tune", "reasons": ["style-or-persona"], "warnings": ["check-catastrophic-forgetting"]}""",
        _ => $$"""{"approach": "{{approach}}", "leaf": "use-prompting"}""",
    });

    /// <summary>An error in OpenAI's format: <c>{"error": {"message": …}}</c>.</summary>
    public static ChatReply Error(int status, string message, string? retryAfter = null) => new()
    {
        Status = status,
        RetryAfter = retryAfter,
        RawBody = JsonSerializer.Serialize(new { error = new { message, type = "test", code = (string?)null } }),
    };
}

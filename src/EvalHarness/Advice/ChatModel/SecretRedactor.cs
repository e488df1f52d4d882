namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// Takes a secret (the API key) out of any text before it leaves the advisor — an error message, a log line, a quoted
/// server reply that echoed a header — so it never reaches a report, a log, the cache or the console.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SecretRedactor
{
    /// <summary>What a secret is replaced by.</summary>
    public const string Mask = "[redacted]";

    /// <summary>
    /// Keys shorter than this are placeholders, not secrets: local servers take any key, and their docs write words
    /// such as <c>ollama</c>, which would otherwise be masked in every message that names the server.
    /// </summary>
    public const int ShortestSecret = 8;

    private readonly string? _secret;

    /// <summary>Redacts <paramref name="secret"/>; <c>null</c>, or shorter than <see cref="ShortestSecret"/>, redacts nothing.</summary>
    public SecretRedactor(string? secret) => _secret = secret is { Length: >= ShortestSecret } ? secret : null;

    /// <summary>The text with every occurrence of the secret replaced by <see cref="Mask"/>.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _secret is null ? text : text.Replace(_secret, Mask, StringComparison.Ordinal);
    }
}

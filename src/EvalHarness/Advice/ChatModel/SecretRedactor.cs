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

    private readonly string? _secret;

    /// <summary>Redacts <paramref name="secret"/>; <c>null</c> or empty redacts nothing.</summary>
    public SecretRedactor(string? secret) => _secret = string.IsNullOrEmpty(secret) ? null : secret;

    /// <summary>The text with every occurrence of the secret replaced by <see cref="Mask"/>.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _secret is null ? text : text.Replace(_secret, Mask, StringComparison.Ordinal);
    }
}

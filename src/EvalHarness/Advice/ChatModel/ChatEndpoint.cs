namespace EvalHarness.Advice.ChatModel;

/// <summary>
/// The base URL of an OpenAI-compatible API (<c>https://api.openai.com/v1</c>, <c>http://127.0.0.1:11434/v1</c> for
/// Ollama), read and normalised once, so the same server is written the same way in fingerprints and messages.
/// </summary>
public static class ChatEndpoint
{
    /// <summary>OpenAI's own API, the default when neither <c>--endpoint</c> nor <c>OPENAI_BASE_URL</c> names one.</summary>
    public static Uri OpenAI { get; } = new("https://api.openai.com/v1");

    /// <summary>Reads an endpoint; on failure <paramref name="problem"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string? text, out Uri? endpoint, out string? problem)
    {
        endpoint = null;
        problem = null;
        var trimmed = (text ?? "").Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            problem = $"'{trimmed}' is not an http or https URL; write the API's base URL, such as http://127.0.0.1:11434/v1 (Ollama) or https://api.openai.com/v1";
            return false;
        }

        if (uri.UserInfo.Length > 0)
        {
            // Never echo it: the user part may be a password.
            problem = "the URL holds a user name or password; give the key in OPENAI_API_KEY instead, and the URL without it";
            return false;
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            problem = $"'{trimmed}' has a query or fragment; write the API's base URL alone, such as http://127.0.0.1:11434/v1";
            return false;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/chat/completions", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{trimmed}' names the chat completions route; write the base URL it starts from, such as {uri.GetLeftPart(UriPartial.Authority)}{path[..^"/chat/completions".Length]}";
            return false;
        }

        endpoint = new Uri(uri.GetLeftPart(UriPartial.Authority) + path);
        return true;
    }

    /// <summary>The endpoint as fingerprints and messages write it: lower-case scheme and host, no default port, no trailing slash.</summary>
    public static string Normalized(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.GetLeftPart(UriPartial.Authority) + endpoint.AbsolutePath.TrimEnd('/');
    }

    /// <summary>Whether the endpoint is OpenAI's own, which answers nothing without a key.</summary>
    public static bool NeedsKey(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return string.Equals(endpoint.Host, OpenAI.Host, StringComparison.OrdinalIgnoreCase);
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EvalHarness.Advice.Caching;

/// <summary>
/// External advisors' answers on disk, one small JSON file per answer under a two-character fan-out
/// (<c>.eval-cache/3f/3fa2….json</c>), keyed by a fingerprint of everything that decides the answer. Entries are
/// written atomically; an entry that cannot be read, or whose key does not match, is ignored (and replaced by the next
/// answer), never trusted. Errors are never cached.
/// </summary>
/// <remarks>Thread-safe: two runs, or two requests, writing the same entry write the same bytes and the last rename wins.</remarks>
public sealed class ResponseCache
{
    /// <summary>The folder name the cache uses by default, at the repository root.</summary>
    public const string DefaultFolderName = ".eval-cache";

    private const int FormatVersion = 1;

    /// <summary>Uses <paramref name="directory"/>, creating it when the first answer is stored.</summary>
    public ResponseCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
    }

    /// <summary>The cache's folder.</summary>
    public string Directory { get; }

    /// <summary>
    /// The default cache folder for work in <paramref name="folder"/>: <c>.eval-cache</c> at the root of the git
    /// repository that holds it (where .gitignore keeps it out of commits), or in the folder itself outside a repository.
    /// </summary>
    public static string DefaultFor(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            if (System.IO.Directory.Exists(System.IO.Path.Combine(dir.FullName, ".git")) || File.Exists(System.IO.Path.Combine(dir.FullName, ".git")))
                return System.IO.Path.Combine(dir.FullName, DefaultFolderName);
        return System.IO.Path.Combine(folder, DefaultFolderName);
    }

    /// <summary>
    /// The key of an answer: SHA-256 over the advisor's fingerprint (its kind, model, endpoint, prompt or program and
    /// options, never a secret) and the request line (the scenario's text and facts, and the repeat index).
    /// </summary>
    public static string Key(string advisorFingerprint, ReadOnlySpan<byte> requestLine)
    {
        ArgumentNullException.ThrowIfNull(advisorFingerprint);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"eval-harness-cache-{FormatVersion}\n{advisorFingerprint}\n"));
        hash.AppendData(requestLine);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads an entry; <c>false</c> when there is none, or it is damaged or belongs to another key.</summary>
    public bool TryRead(string key, out string answerJson, out TokenUsage? usage)
    {
        ArgumentNullException.ThrowIfNull(key);
        answerJson = "";
        usage = null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(PathOf(key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        try
        {
            using var entry = JsonDocument.Parse(bytes);
            var root = entry.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("key", out var storedKey) || storedKey.ValueKind != JsonValueKind.String || storedKey.GetString() != key
                || !root.TryGetProperty("answer", out var answer) || answer.ValueKind != JsonValueKind.Object)
                return false;
            if (root.TryGetProperty("usage", out var used) && used.ValueKind == JsonValueKind.Object)
                usage = new TokenUsage(used.GetProperty("input_tokens").GetInt64(), used.GetProperty("output_tokens").GetInt64());
            answerJson = answer.GetRawText();
            return true;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    /// <summary>Stores an answer; written to a temporary file and renamed, so a reader never sees half an entry.</summary>
    /// <exception cref="ArgumentException"><paramref name="answerJson"/> is not a JSON object.</exception>
    public void Write(string key, string answerJson, TokenUsage? usage)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(answerJson);
        using var answer = JsonDocument.Parse(answerJson);
        if (answer.RootElement.ValueKind != JsonValueKind.Object)
            throw new ArgumentException("An answer is a JSON object.", nameof(answerJson));

        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temporary))
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WritePropertyName("answer");
            answer.RootElement.WriteTo(writer);
            if (usage is not null)
            {
                writer.WriteStartObject("usage");
                writer.WriteNumber("input_tokens", usage.InputTokens);
                writer.WriteNumber("output_tokens", usage.OutputTokens);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The file of an entry.</summary>
    public string PathOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return System.IO.Path.Combine(Directory, key[..2], key + ".json");
    }
}

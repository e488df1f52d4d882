using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace EvalHarness.Reports.Html;

/// <summary>
/// Writes one self-contained HTML page: the style sheet and the script inline, the data as JSON inside a
/// <c>&lt;script type="application/json"&gt;</c> element, and a Content-Security-Policy that lets the page load nothing at
/// all, so it works offline and from the file system. The script renders the data with DOM calls only (never as markup),
/// so a scenario text such as <c>&lt;/script&gt;&lt;script&gt;…</c> stays text.
/// </summary>
public static class HtmlPage
{
    private static readonly string Style = Resource("page.css");
    private static readonly string Script = Resource("page.js");

    /// <summary>
    /// The policy: nothing may be fetched, framed or submitted; only this page's own style sheet and script, named by
    /// their SHA-256, may run. Colours the script sets through the CSS object model are allowed by any policy.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; script-src '{Hash(Script)}'; style-src '{Hash(Style)}'; img-src 'none'; connect-src 'none'; "
        + "font-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'";

    /// <summary>
    /// JSON for embedding in the page: besides quotes and control characters, <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
    /// <c>'</c>, <c>+</c> and <c>`</c> are written as <c>\uXXXX</c>, so no text can close the element; other characters
    /// stay as they are.
    /// </summary>
    public static JsonWriterOptions JsonOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>Writes a page whose data <paramref name="writeData"/> writes as one JSON value.</summary>
    /// <param name="path">The file to create.</param>
    /// <param name="title">The page title (plain text; escaped here).</param>
    /// <param name="writeData">Writes the page's data; the script reads it by its <c>kind</c>.</param>
    public static void Write(string path, string title, Action<Utf8JsonWriter> writeData)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(writeData);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        Text(file, "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        Text(file, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        Text(file, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light\">\n");
        Text(file, $"<title>{System.Net.WebUtility.HtmlEncode(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        Text(file, "<noscript><p>This report is drawn by a script in the page; allow scripts for this file to read it.</p></noscript>\n");
        Text(file, "<main id=\"app\" aria-live=\"polite\"></main>\n<script type=\"application/json\" id=\"report-data\">");
        using (var json = new Utf8JsonWriter(file, JsonOptions))
            writeData(json);
        Text(file, $"</script>\n<script>{Script}</script>\n</body>\n</html>\n");
    }

    private static void Text(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlPage).Assembly.GetManifestResourceStream($"EvalHarness.Reports.Html.{name}")
            ?? throw new InvalidOperationException($"the page resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Line endings as in the repository on every machine, so the hash and the bytes never depend on a checkout's settings.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}

namespace EvalHarness.Tests.Reports.Html;

/// <summary>Where the browser for the page tests is, and the flags it runs with on a build machine.</summary>
internal static class Chromium
{
    /// <summary>The executable: EVALHARNESS_CHROMIUM, or Debian's /usr/bin/chromium; <c>null</c> when neither exists.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Whether the tests run in CI, where a missing browser is a failure rather than a skip.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Headless, without the sandbox (CI runs as root), the GPU, QUIC or any background traffic to Google, so a page
    /// that makes a request shows it in the tests and nothing else does. Playwright gives each launch a fresh profile.
    /// </summary>
    public static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("EVALHARNESS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(configured) ? configured : null;
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }
}

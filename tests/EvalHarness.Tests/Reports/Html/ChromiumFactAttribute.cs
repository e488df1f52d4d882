namespace EvalHarness.Tests.Reports.Html;

/// <summary>
/// A test that needs Debian's Chromium: skipped, with how to install it, where it is missing locally; in CI (<c>CI=true</c>)
/// it runs anyway and fails, since CI installs the browser and must run these tests.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.InCi)
            Skip = "Chromium not found: install Debian's package ('sudo apt-get install -y chromium', giving /usr/bin/chromium) "
                + "or point EVALHARNESS_CHROMIUM at a Chromium executable; no browser is ever downloaded.";
    }
}

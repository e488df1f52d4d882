using Microsoft.Playwright;

namespace EvalHarness.Tests.Reports.Html;

/// <summary>
/// Screenshots of the bundled corpus's report.html and of its comparison.html, for people to look at: CI runs this after
/// the gate step with EVALHARNESS_SCREENSHOTS set to the absolute path of reports/latest, so they sit beside the pages they show.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportScreenshots(BrowserFixture browser, PageFolders folders)
{
    [ChromiumFact]
    public async Task Screenshots_OfTheReportAndTheComparison_ArePngFilesOfTheWholePage()
    {
        var target = Environment.GetEnvironmentVariable("EVALHARNESS_SCREENSHOTS");
        // Without a target, the test's own reports of the bundled corpus are shot, into that folder.
        var source = string.IsNullOrEmpty(target) ? folders.Bundled : Path.GetFullPath(target);
        foreach (var (page, shot) in new[] { ("report.html", "report.png"), ("comparison.html", "comparison.png") })
        {
            await using var opened = await browser.OpenAsync(Path.Combine(source, page));
            var path = Path.Combine(source, shot);

            await opened.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

            Assert.Empty(opened.Problems);
            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 10_000 && bytes.AsSpan(0, 4).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), $"{path} is not a screenshot");
        }
    }
}

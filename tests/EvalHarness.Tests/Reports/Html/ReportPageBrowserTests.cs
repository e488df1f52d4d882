using System.Globalization;
using CsvHelper;
using Microsoft.Playwright;

namespace EvalHarness.Tests.Reports.Html;

/// <summary>report.html in a real headless Chromium: it loads offline, shows summary.csv's figures, filters and opens.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPageBrowserTests(BrowserFixture browser, PageFolders folders)
{
    [ChromiumFact]
    public async Task Report_BundledCorpus_LoadsWithNoConsoleErrorAndNoRequestBeyondItself()
    {
        var file = Path.Combine(folders.Bundled, "report.html");

        await using var opened = await browser.OpenAsync(file);

        Assert.Empty(opened.Problems);
        Assert.Equal([new Uri(file).AbsoluteUri], opened.Requests);
        Assert.Equal("EvalHarness report", await opened.Page.TitleAsync());
    }

    [ChromiumFact]
    public async Task Report_BundledCorpus_HeadlineNumbersEqualSummaryCsv()
    {
        var summary = Rows(Path.Combine(folders.Bundled, "summary.csv")).ToDictionary(r => r[0], r => r[1]);

        await using var opened = await browser.OpenAsync(Path.Combine(folders.Bundled, "report.html"));

        foreach (var metric in new[] { "accuracy", "acceptable_accuracy", "macro_f1", "cohen_kappa", "expert_krippendorff_alpha", "expert_mean_accuracy", "scenarios", "advisor_errors", "stability" })
        {
            var shown = await opened.Page.Locator($"[data-metric='{metric}']").EvaluateAsync<string>("e => e.firstChild.textContent");
            Assert.True(summary[metric] == shown, $"{metric}: the page shows {shown}, summary.csv says {summary[metric]}");
        }
        var interval = await opened.Page.Locator("[data-metric='accuracy'] small").TextContentAsync();
        Assert.Equal($"95% CI {summary["accuracy_ci_low"]}–{summary["accuracy_ci_high"]}", interval);
        Assert.Equal("passed", await opened.Page.Locator("[data-gate]").GetAttributeAsync("data-gate"));
        Assert.Contains($"accuracy {summary["accuracy"]} >= min_accuracy", await opened.Page.Locator("#gate").TextContentAsync());
        Assert.Contains(summary["advisor_version"], await opened.Page.Locator("[data-stamp]").TextContentAsync());
    }

    [ChromiumFact]
    public async Task Report_ClickingAHeatMapCell_LeavesExactlyThatCellsScenarios()
    {
        var results = Rows(Path.Combine(folders.Bundled, "results.csv")).ToArray();
        await using var opened = await browser.OpenAsync(Path.Combine(folders.Bundled, "report.html"));
        var page = opened.Page;

        foreach (var (row, col) in new[] { (2, 1), (0, 0), (0, 2) })
        {
            await page.Locator($"table.heat button[data-row='{row}'][data-col='{col}']").ClickAsync();
            await ShowAllAsync(page);

            var labels = new[] { "prompting", "rag", "fine-tuning" };
            var expected = results.Where(r => r[1] == labels[row] && r[2] == labels[col]).Select(r => r[0]).ToArray();
            var shown = await page.Locator("#scenario-table tbody tr[data-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
            Assert.NotEmpty(expected);
            Assert.Equal(expected, shown);
            Assert.Equal("true", await page.Locator($"table.heat button[data-row='{row}'][data-col='{col}']").GetAttributeAsync("aria-pressed"));
        }
    }

    [ChromiumFact]
    public async Task Report_HostileScenarioText_IsShownAsText()
    {
        await using var opened = await browser.OpenAsync(Path.Combine(folders.Small("base"), "report.html"));
        var page = opened.Page;

        await page.Locator("#scenario-table tr[data-id='d'] td.id button").ClickAsync();

        Assert.Empty(opened.Problems);
        Assert.Equal("EvalHarness report", await page.TitleAsync());
        Assert.Equal(PageFolders.HostileText, await page.Locator("tr.details:not([hidden]) p.text").TextContentAsync());
        await page.Locator("#scenario-table tr[data-id='b'] td.id button").ClickAsync();
        Assert.Contains("y: prompting — <b>bold</b>", await page.Locator("#scenario-table").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#app script, #app b").CountAsync());
    }

    [ChromiumFact]
    public async Task Report_ScenarioRow_OpensToTextExpertsPathEvidenceAndWarnings()
    {
        await using var opened = await browser.OpenAsync(Path.Combine(folders.Bundled, "report.html"));
        var page = opened.Page;
        var button = page.Locator("#scenario-table tr[data-id='quiz-structured-json'] td.id button");

        await button.ClickAsync();

        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        var details = await page.Locator("tr.details:not([hidden])").TextContentAsync();
        Assert.Contains("A startup wants their chatbot to always respond with structured JSON.", details);
        Assert.Contains("course-answer-key: fine-tuning", details);
        Assert.Contains("2. Is it a style, format or persona problem? Yes", details);
        Assert.Contains("cue.format.json \"JSON\" (+3)", details);
        Assert.Contains("check-catastrophic-forgetting", details);
    }

    [ChromiumFact]
    public async Task Report_Keyboard_ReachesTheMapFiltersAndOpensARow()
    {
        await using var opened = await browser.OpenAsync(Path.Combine(folders.Bundled, "report.html"));
        var page = opened.Page;

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the scenarios", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var cell = page.Locator("table.heat button[data-row='2'][data-col='1']");
        await cell.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await cell.GetAttributeAsync("aria-pressed"));
        var first = page.Locator("#scenario-table tbody tr[data-id] td.id button").First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("true", await first.GetAttributeAsync("aria-expanded"));
        await page.Locator("#f-search").FocusAsync();
        await page.Keyboard.TypeAsync("zzz-no-such-scenario");
        Assert.StartsWith("0 of", await page.Locator("#explorer-status").TextContentAsync());
    }

    [ChromiumFact]
    public async Task Report_Filters_CombineSearchTagAndOutcome()
    {
        await using var opened = await browser.OpenAsync(Path.Combine(folders.Small("base"), "report.html"));
        var page = opened.Page;

        await page.Locator("#f-tag").SelectOptionAsync("seed-quiz");
        await page.Locator("#f-outcome").SelectOptionAsync("wrong");

        Assert.Equal(["c"], await page.Locator("#scenario-table tbody tr[data-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));
        await page.Locator("#f-outcome").SelectOptionAsync("");
        await page.Locator("#f-search").FillAsync("WIKI");
        Assert.Equal(["a"], await page.Locator("#scenario-table tbody tr[data-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));
    }

    internal static async Task ShowAllAsync(IPage page)
    {
        while (await page.Locator("#show-more:not([hidden])").CountAsync() > 0)
            await page.Locator("#show-more").ClickAsync();
    }

    /// <summary>The data rows of a CSV file (its header is read as the header).</summary>
    internal static List<string[]> Rows(string csvPath)
    {
        using var csv = CsvReader.FromFile(csvPath, new CsvReaderOptions { Separator = ',' });
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToArray());
        return rows;
    }
}

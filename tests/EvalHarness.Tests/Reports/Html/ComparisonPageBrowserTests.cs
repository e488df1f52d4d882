namespace EvalHarness.Tests.Reports.Html;

/// <summary>comparison.html in a real headless Chromium: the regressed scenarios are marked and both sides are shown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ComparisonPageBrowserTests(BrowserFixture browser, PageFolders folders)
{
    private string File => Path.Combine(folders.Small("diff"), "comparison.html");

    [ChromiumFact]
    public async Task Comparison_Loads_WithNoConsoleErrorAndNoRequestBeyondItself()
    {
        await using var opened = await browser.OpenAsync(File);

        Assert.Empty(opened.Problems);
        Assert.Equal([new Uri(File).AbsoluteUri], opened.Requests);
    }

    [ChromiumFact]
    public async Task Comparison_MarksTheRegressedScenarios()
    {
        var regressed = ReportPageBrowserTests.Rows(Path.Combine(folders.Small("diff"), "comparison.csv"))
            .Where(r => r[1] == "regressed").Select(r => r[0]).ToArray();
        await using var opened = await browser.OpenAsync(File);
        var page = opened.Page;

        var marked = await page.Locator("#scenario-table tr.outcome-regressed").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        Assert.Equal(["a"], regressed);
        Assert.Equal(regressed, marked);
        Assert.Equal("1", await page.Locator("[data-metric='regressed']").EvaluateAsync<string>("e => e.firstChild.textContent"));

        await page.Locator("#scenario-table tr[data-id='a'] td.id button").ClickAsync();

        // What differs is marked on both sides (highlighted, and "(changed)" after it for those who do not see colour).
        var before = await page.Locator("tr.details:not([hidden]) [data-side='before'] .changed").AllTextContentsAsync();
        var after = await page.Locator("tr.details:not([hidden]) [data-side='after'] .changed").AllTextContentsAsync();
        Assert.Equal(["rag", "rag", "1. Can prompting solve it? No"], before.Take(3));
        Assert.Equal(["prompting", "use-prompting", "1. Can prompting solve it? Yes"], after.Take(3));
    }

    [ChromiumFact]
    public async Task Comparison_DifferenceMapCell_ListsTheNewRunsCell()
    {
        await using var opened = await browser.OpenAsync(File);
        var page = opened.Page;

        // c moved from fine-tuning × prompting to fine-tuning × fine-tuning: +1 on the diagonal.
        var cell = page.Locator("table.heat[data-map='difference'] button[data-row='2'][data-col='2']");
        Assert.Equal("+1", await cell.Locator("span").First.TextContentAsync());
        await page.Locator("#f-change").SelectOptionAsync("");
        await cell.ClickAsync();

        Assert.Equal(["c"], await page.Locator("#scenario-table tbody tr[data-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));
    }

    [ChromiumFact]
    public async Task Comparison_ByDefault_ListsTheChangedScenariosFirst()
    {
        await using var opened = await browser.OpenAsync(File);

        // b is unchanged: hidden until the change filter is lifted.
        var shown = await opened.Page.Locator("#scenario-table tbody tr[data-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        Assert.Equal(["a", "c", "d"], shown);
    }
}

using Microsoft.Playwright;

namespace EvalHarness.Tests.Reports.Html;

/// <summary>One headless Chromium for all page tests, driven by Playwright for .NET; started on first use.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser; the tests that use it are skipped when Chromium is missing (see <see cref="ChromiumFactAttribute"/>).</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Chromium could not be started: it is not at {Chromium.Path ?? "/usr/bin/chromium"}; in CI, .ci/run installs Debian's 'chromium' package.");

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null)
            return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            ChromiumSandbox = false,
            Args = Chromium.Flags,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Opens a page from the file system in a fresh context, recording console errors, page errors and every request.</summary>
    public async Task<OpenedPage> OpenAsync(string file)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var opened = new OpenedPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
                opened.Problems.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => opened.Problems.Add($"page error: {error}");
        page.Request += (_, request) => opened.Requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.WaitForSelectorAsync("html[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 15_000 });
        return opened;
    }
}

/// <summary>A page opened by <see cref="BrowserFixture.OpenAsync"/>, with what it logged and fetched.</summary>
public sealed class OpenedPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Console errors and warnings, and uncaught script errors.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Every URL the page requested, itself included.</summary>
    public List<string> Requests { get; } = [];

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<PageFolders>
{
    public const string Name = "browser";
}

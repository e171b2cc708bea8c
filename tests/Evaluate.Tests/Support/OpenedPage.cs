using Microsoft.Playwright;

namespace Evaluate.Tests.Support;

/// <summary>
/// A file opened in headless Chromium, with the console errors and uncaught page errors collected from the start (a
/// script blocked by the Content-Security-Policy, or one that throws, shows up here).
/// </summary>
public sealed class OpenedPage(IPlaywright playwright, IBrowser browser, IPage page, List<string> errors) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = errors;

    /// <param name="beforeLoad">Hooks to attach before the page loads (e.g. a dialog counter).</param>
    public static async Task<OpenedPage> OpenAsync(string file, int width = 1280, int height = 900, Action<IPage>? beforeLoad = null)
    {
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        beforeLoad?.Invoke(page);
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return new OpenedPage(playwright, browser, page, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}

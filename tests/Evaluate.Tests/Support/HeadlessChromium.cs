using Microsoft.Playwright;

namespace Evaluate.Tests.Support;

/// <summary>
/// Debian's chromium (installed by .ci/run with apt-get) driven by Playwright, launched by executable path: no
/// browser is ever downloaded. Tests that need it are skipped (failed in CI) when it is not installed.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{ExecutablePath} is missing: .ci/run installs it with apt-get install chromium");
            Assert.Ignore($"{ExecutablePath} is not installed (apt-get install chromium)");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
        return (playwright, browser);
    }
}

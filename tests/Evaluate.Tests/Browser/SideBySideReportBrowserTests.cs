using Evaluate.Tests.Support;
using Microsoft.Playwright;

namespace Evaluate.Tests.Browser;

/// <summary>
/// Reports of 1, 2 and 3 runs of 12 cells each (the simulated reasoner, 2 suites × 6 strategies, each run another
/// skill and seed) in Chromium at 1280 px: rows paired by cell, the errors column inside the viewport with no
/// horizontal scrollbar, every run in every chart's legend, one distinct colour per run.
/// </summary>
[Category(TestCategories.Browser)]
[NonParallelizable]
public sealed class SideBySideReportBrowserTests
{
    private static readonly string[] Strategies =
        ["greedy", "sample:n=4,temperature=0.8", "majority:n=4", "early-stop:n=8", "sample:n=4,temperature=0.4", "majority:n=8"];

    private static readonly (string Name, string Skill, string Seed)[] Runs = [("baseline", "0.7", "1"), ("candidate", "0.55", "2"), ("third", "0.85", "3")];

    private readonly List<string> _runs = [];
    private string _root = "";

    [OneTimeSetUp]
    public async Task MakeRuns()
    {
        _root = TestRuns.NewDirectory();
        foreach (var (name, skill, seed) in Runs)
        {
            var output = Path.Combine(_root, name);
            var (code, _, error) = await InProcessCli.RunAsync(["run", "--model", $"sim:skill={skill}", "--suite", "game24", "--suite", "probes",
                .. Strategies.SelectMany(s => new[] { "--strategy", s }), "--limit", "10", "--seed", seed, "--out", output]);
            Assert.That(code, Is.Zero, error);
            _runs.Add(output);
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Pairs_rows_by_cell_fits_1280_px_and_names_every_run_in_every_chart_legend(int runCount)
    {
        var output = Path.Combine(_root, $"report-{runCount}");
        var (code, _, error) = await InProcessCli.RunAsync(["report", .. _runs.Take(runCount), "--out", output]);
        Assert.That(code, Is.Zero, error);
        await using var opened = await OpenedPage.OpenAsync(Path.Combine(output, "report.html"), width: 1280, height: 900);
        var page = opened.Page;
        var names = Runs.Take(runCount).Select(r => r.Name).ToList();

        // One colour per run, distinct, in the run legend.
        var legend = page.Locator("#run-legend li");
        Assert.That(await legend.CountAsync(), Is.EqualTo(runCount));
        var colours = new Dictionary<string, string>();
        for (var i = 0; i < runCount; i++)
            colours[(await legend.Nth(i).GetAttributeAsync("data-run"))!] = (await legend.Nth(i).GetAttributeAsync("data-color"))!;
        Assert.That(colours.Keys, Is.EqualTo(names));
        Assert.That(colours.Values.Distinct().Count(), Is.EqualTo(runCount), "distinct colours");

        // Rows paired by cell: 12 groups, each with every run's row and a delta row per other run.
        var groups = page.Locator("#headline-table tbody.cell");
        Assert.That(await groups.CountAsync(), Is.EqualTo(12));
        for (var g = 0; g < 12; g++)
        {
            Assert.That(await groups.Nth(g).Locator("tr.run-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.run)"), Is.EqualTo(names), $"group {g}");
            Assert.That(await groups.Nth(g).Locator("tr.delta-row").CountAsync(), Is.EqualTo(runCount - 1), $"group {g}");
        }
        if (runCount > 1)
            Assert.That(await page.Locator("#headline-table td.delta").CountAsync(), Is.GreaterThanOrEqualTo(12 * (runCount - 1) * 4), "accuracy, pass@k, maj@k, calls, tokens deltas");

        // The errors column lies inside the 1280 px viewport, and nothing scrolls sideways.
        var headers = await page.Locator("#headline-table thead th").AllTextContentsAsync();
        var errors = headers.ToList().IndexOf("errors");
        Assert.That(errors, Is.GreaterThanOrEqualTo(0), string.Join(", ", headers));
        var box = await page.Locator("#headline-table thead th").Nth(errors).BoundingBoxAsync();
        Assert.That(box, Is.Not.Null);
        Assert.That(box!.X, Is.GreaterThanOrEqualTo(0));
        Assert.That(box.X + box.Width, Is.LessThanOrEqualTo(1280));
        Assert.That(await page.EvaluateAsync<bool>("() => { const w = document.getElementById('headline-wrap'); return w.scrollWidth <= w.clientWidth; }"), Is.True,
            "no horizontal scrollbar on the table");
        Assert.That(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), Is.True, "the page does not scroll sideways");

        // Every chart's legend names every run, in the run's colour; the image's alt text names them too.
        var figures = page.Locator("figure.chart");
        var chartCount = await figures.CountAsync();
        Assert.That(chartCount, Is.GreaterThanOrEqualTo(runCount > 1 ? 5 : 4));
        Assert.That(await page.Locator("#chart-runs-side-by-side").CountAsync(), Is.EqualTo(runCount > 1 ? 1 : 0));
        for (var i = 0; i < chartCount; i++)
        {
            var figure = figures.Nth(i);
            var id = await figure.GetAttributeAsync("id");
            var alt = await figure.Locator("img").GetAttributeAsync("alt");
            Assert.That(await figure.Locator("img").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0"), Is.GreaterThan(100), id);
            foreach (var (run, colour) in colours)
            {
                var entries = figure.Locator($"ul.chart-legend li[data-run='{run}']");
                Assert.That(await entries.CountAsync(), Is.GreaterThan(0), $"{id} names {run}");
                Assert.That((await entries.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.color)")).Distinct(), Is.EqualTo(new[] { colour }), $"{id}: {run}'s colour");
                Assert.That(alt, Does.Contain(run), $"{id}'s alt text");
            }
        }
        Assert.That(opened.Errors, Is.Empty);

        var name = runCount switch { 1 => "one", 2 => "two", _ => "three" };
        await Screenshot(page, $"report-{name}-runs.png");
        await page.Locator("#chart-pass-maj-at-k").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, $"report-{name}-runs-charts.png");
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.AddTestAttachment(path, name);
    }
}

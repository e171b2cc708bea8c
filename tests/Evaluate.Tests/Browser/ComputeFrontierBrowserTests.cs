using System.Globalization;
using Evaluate.Tests.Support;
using Microsoft.Playwright;

namespace Evaluate.Tests.Browser;

/// <summary>
/// A budget sweep on the main job's data (the simulated reasoner on game24 and the probes, greedy and 4 samples at
/// budgets 64, 128 and 256 tokens) drawn in Chromium: the compute-frontier chart with a panel per suite and the
/// frontier table with one compute-optimal row per budget, and accuracy that moves with the budget.
/// </summary>
[Category(TestCategories.Browser)]
[NonParallelizable]
public sealed class ComputeFrontierBrowserTests
{
    private static readonly int[] Budgets = [64, 128, 256];

    [Test]
    public async Task A_budget_sweep_draws_the_frontier_chart_and_table_with_the_optimal_strategy_at_each_budget()
    {
        var root = TestRuns.NewDirectory();
        var run = Path.Combine(root, "sweep");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "game24", "--suite", "probes", "--strategy", "greedy",
            "--strategy", "sample:n=4,temperature=0.8", "--budgets", string.Join(",", Budgets), "--limit", "12", "--out", run);
        Assert.That(code, Is.Zero, error);
        var report = Path.Combine(root, "report");
        (code, _, error) = await InProcessCli.RunAsync("report", run, "--out", report);
        Assert.That(code, Is.Zero, error);
        Assert.That(File.ReadAllText(Path.Combine(report, "report.md")), Does.Contain("Compute frontier: probes").And.Contain("charts/compute-frontier.png"));
        Assert.That(File.ReadAllText(Path.Combine(run, "summary.md")), Does.Contain("Compute frontier: game24"));
        Assert.That(File.ReadAllText(Path.Combine(report, "charts", "compute-frontier.svg")), Does.Contain("mean completion tokens / problem"), "the axis names the tokens it counts");

        await using var opened = await OpenedPage.OpenAsync(Path.Combine(report, "report.html"), width: 1280, height: 900);
        var page = opened.Page;

        // The chart: a panel per suite, drawn, its legend naming both strategies and the optimal mark.
        var chart = page.Locator("#chart-compute-frontier");
        Assert.That(await chart.CountAsync(), Is.EqualTo(1));
        Assert.That(await chart.GetAttributeAsync("data-panels"), Is.EqualTo("2"));
        Assert.That(await chart.Locator("img").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0"), Is.GreaterThan(100));
        var legend = await chart.Locator("ul.chart-legend li").AllTextContentsAsync();
        Assert.That(legend, Is.EqualTo(new[] { "greedy n=1 T=0", "sample n=4 T=0.8", "compute-optimal at its budget" }));
        Assert.That(await chart.Locator("img").GetAttributeAsync("alt"), Does.Contain("game24").And.Contain("probes"));

        // The table: per suite, every strategy at every budget, exactly one optimal row per budget, the token measure named.
        var tables = page.Locator("#frontier table.frontier-table");
        Assert.That(await tables.CountAsync(), Is.EqualTo(2));
        for (var t = 0; t < 2; t++)
        {
            var table = tables.Nth(t);
            Assert.That(await table.Locator("thead th").AllTextContentsAsync(), Does.Contain("completion tokens / problem (no reasoning tokens reported)"),
                "the simulated reasoner reports no reasoning tokens: the table says it counts completion tokens");
            Assert.That(await table.Locator("tbody tr").CountAsync(), Is.EqualTo(Budgets.Length * 2));
            var optimal = await table.Locator("tbody tr.optimal").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.budget)");
            Assert.That(optimal, Is.EqualTo(Budgets.Select(b => b.ToString(CultureInfo.InvariantCulture))));
        }

        // The budget matters on this data: greedy on the probes is more accurate at 256 tokens than at 64 (cut answers are lost).
        var probes = page.Locator("#frontier table.frontier-table[data-suite='probes']");
        double Accuracy(string[] row) => double.Parse(row[2], CultureInfo.InvariantCulture);
        var rows = await probes.Locator("tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => [...r.cells].map(c => c.textContent))");
        var greedy = rows.Where(r => r[1].StartsWith("greedy", StringComparison.Ordinal)).ToList();
        Assert.That(Accuracy(greedy[^1]), Is.GreaterThan(Accuracy(greedy[0]) + 0.2), string.Join(" | ", rows.Select(r => string.Join(" ", r))));
        Assert.That(opened.Errors, Is.Empty);

        await page.Locator("#chart-compute-frontier").ScrollIntoViewIfNeededAsync();
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", "compute-frontier.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.AddTestAttachment(path, "compute-frontier.png");
    }
}

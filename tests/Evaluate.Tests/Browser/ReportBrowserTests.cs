using Evaluate.Tests.Support;
using Microsoft.Playwright;

namespace Evaluate.Tests.Browser;

/// <summary>
/// The report in a real browser, opened from file://: the headline table and every chart show, the sample browser's
/// filters change what is visible, and hostile model output, run names and titles are shown as text and run nothing.
/// </summary>
[Category(TestCategories.Browser)]
[NonParallelizable]
public sealed class ReportBrowserTests
{
    private const string HostileTitle = "<script>document.title='pwned'</script> report";

    private static readonly string[] HostileResponses =
    [
        "<img src=x onerror=\"document.title='pwned';window.__pwned=1\">",
        "</script><script>document.title='pwned';window.__pwned=1</script>",
        "<a href=\"javascript:window.__pwned=1\">click me</a>",
        "{{constructor.constructor('window.__pwned=1')()}} {{7*7}}",
    ];

    private string _report = "";
    private string _root = "";

    [OneTimeSetUp]
    public async Task BuildReport()
    {
        _root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(_root, "baseline", Enumerable.Range(1, 12).Select(i => ($"q{i}", new[] { i % 2 == 0, true })));
        var hostile = await ReplayRuns.CreateAsync(_root, "hostile", Enumerable.Range(1, 12).Select(i => ($"q{i}", new[] { i % 3 == 0, i % 4 == 0 })),
            response: (id, i) => HostileResponses[(int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture) + i) % HostileResponses.Length]);
        // A run directory whose name is markup: it appears in the subtitle, the table, the filters and the charts.
        var hostileName = Path.Combine(_root, "<img src=x onerror=window.__pwned=1>");
        Directory.Move(hostile, hostileName);
        var history = Path.Combine(_root, "history.db");
        foreach (var run in new[] { baseline, hostileName, baseline })
            Assert.That((await InProcessCli.RunAsync("replay", "--suite", "probes", "--input", Path.Combine(_root, "baseline.replay.jsonl"), "--out", Path.Combine(_root, Guid.NewGuid().ToString("N")), "--history", history)).ExitCode, Is.Zero);
        var output = Path.Combine(_root, "report");
        var (code, _, error) = await InProcessCli.RunAsync("report", baseline, hostileName, "--baseline", baseline, "--history", history, "--out", output, "--title", HostileTitle);
        Assert.That(code, Is.Zero, error);
        _report = Path.Combine(output, "report.html");
    }

    [Test]
    public async Task Opens_from_file_with_the_headline_table_every_chart_and_working_filters_and_runs_nothing_hostile()
    {
        var dialogs = 0;
        // Any alert() a hostile response managed to call would open a dialog: counted from before the page loads.
        await using var opened = await OpenedPage.OpenAsync(_report,
            beforeLoad: p => p.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); });
        var page = opened.Page;
        var errors = opened.Errors;

        Assert.That(await page.TitleAsync(), Is.EqualTo(HostileTitle), "the title is shown as text");
        Assert.That(await page.Locator("#headline-table tbody tr.run-row").CountAsync(), Is.EqualTo(2), "both runs' rows of the one cell");
        Assert.That(await page.Locator("#headline-table tbody.cell").CountAsync(), Is.EqualTo(1), "paired by cell");
        var charts = page.Locator("figure.chart img");
        var chartCount = await charts.CountAsync();
        Assert.That(chartCount, Is.EqualTo(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(_report)!, "charts"), "*.svg").Length));
        Assert.That(chartCount, Is.GreaterThanOrEqualTo(6), "pass@k, accuracy/tokens, runs side by side, levels x2 or overthinking, trend");
        for (var i = 0; i < chartCount; i++)
            Assert.That(await charts.Nth(i).EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0"), Is.GreaterThan(100), $"chart {i} rendered");
        Assert.That(await page.Locator("#chart-trend-accuracy").CountAsync(), Is.EqualTo(1));

        var all = await page.Locator("#page-info").TextContentAsync();
        Assert.That(all, Does.StartWith("48 matching samples"));
        await page.SelectOptionAsync("#filter-verdict", "wrong");
        var wrong = await page.Locator("#page-info").TextContentAsync();
        Assert.That(wrong, Is.Not.EqualTo(all));
        Assert.That(await page.Locator("#samples article[data-verdict='correct']").CountAsync(), Is.Zero);
        Assert.That(await page.Locator("#samples article[data-verdict='wrong']").CountAsync(), Is.GreaterThan(0));
        await page.SelectOptionAsync("#filter-verdict", "*");
        await page.SelectOptionAsync("#filter-flip", "newly wrong");
        Assert.That(await page.Locator("#page-info").TextContentAsync(), Is.Not.EqualTo(all));
        await page.SelectOptionAsync("#filter-flip", "*");
        await page.SelectOptionAsync("#filter-run", "<img src=x onerror=window.__pwned=1>");
        Assert.That(await page.Locator("#page-info").TextContentAsync(), Does.StartWith("24 matching samples"));

        var text = await page.Locator("#samples").InnerTextAsync();
        foreach (var hostile in new[] { "<img src=x onerror=", "</script><script>", "javascript:window.__pwned=1", "{{7*7}}" })
            Assert.That(text, Does.Contain(hostile), "shown as text");
        Assert.That(await page.Locator("#samples img, #samples a, #samples script, body > img").CountAsync(), Is.Zero, "no element made from model text");
        Assert.That(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), Is.True);
        Assert.That(await page.TitleAsync(), Is.EqualTo(HostileTitle));
        Assert.That(dialogs, Is.Zero);
        Assert.That(errors, Is.Empty, "no console errors (a blocked script or CSP violation would show here)");

        await Screenshot(page, "report-top.png", fullPage: false);
        await page.Locator("#sample-browser").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "report-samples.png", fullPage: false);
    }

    [Test]
    public async Task The_main_jobs_report_opens_without_errors()
    {
        // The report `run.ps1` writes at the end of the main job (a smaller plan of the same shape); its screenshot is
        // the one docs/report-screenshot.png shows.
        var directory = Path.Combine(TestRuns.NewDirectory(), "main-job");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "game24", "--suite", "probes", "--strategy", "greedy",
            "--strategy", "sample:n=8,temperature=0.8", "--limit", "40", "--out", directory, "--report");
        Assert.That(code, Is.Zero, error);
        await using var opened = await OpenedPage.OpenAsync(Path.Combine(directory, "report.html"), height: 1000);
        var page = opened.Page;
        var errors = opened.Errors;

        // docs/report-screenshot.png is this one: the top of the page as it opens.
        await Screenshot(page, "main-job-report.png", fullPage: false);
        Assert.That(await page.Locator("#headline-table tbody tr").CountAsync(), Is.EqualTo(4));
        Assert.That(await page.Locator("#overthinking-table tbody tr").CountAsync(), Is.EqualTo(4));
        Assert.That(await page.Locator("#samples article").CountAsync(), Is.EqualTo(25), "the first page of samples");

        // The first card shows the prompt its problem was asked, as prompts.jsonl recorded it, and marks where each of
        // its solution rounds ended.
        using var first = System.Text.Json.JsonDocument.Parse(File.ReadLines(Path.Combine(directory, "samples.jsonl")).First());
        var sample = first.RootElement;
        var prompt = Evaluate.Core.Results.PromptsFile.Read(Path.Combine(directory, "prompts.jsonl"))[(sample.GetProperty("suite").GetString()!, sample.GetProperty("problem_id").GetString()!)];
        var card = page.Locator("#samples article").First;
        Assert.That(await card.Locator("details.prompt pre").AllTextContentsAsync(), Is.EqualTo(prompt.Messages.Select(m => m.Content)));
        var rounds = sample.GetProperty("analysis").GetProperty("round_details").EnumerateArray().Select(r => r.GetProperty("answer").GetString()!).ToList();
        Assert.That(rounds, Is.Not.Empty, "the simulated response states an answer");
        var marks = await card.Locator("pre.response mark.round").AllTextContentsAsync();
        Assert.That(marks, Has.Count.EqualTo(rounds.Count));
        for (var i = 0; i < rounds.Count; i++) Assert.That(marks[i], Does.Contain(rounds[i]), $"round {i + 1}");
        await card.Locator("details.prompt summary").ClickAsync();
        Assert.That(await card.Locator("details.prompt").GetAttributeAsync("open"), Is.Not.Null, "the prompt opens");
        await card.ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "main-job-samples.png", fullPage: false);
        Assert.That(errors, Is.Empty);
        await page.Locator("#chart-pass-maj-at-k").ScrollIntoViewIfNeededAsync();
        await Screenshot(page, "main-job-charts.png", fullPage: false);
    }

    private static async Task Screenshot(IPage page, string name, bool fullPage)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.AddTestAttachment(path, name);
    }
}

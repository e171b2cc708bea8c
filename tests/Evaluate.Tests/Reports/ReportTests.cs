using System.Text.RegularExpressions;
using Evaluate.Reports.Html;
using Evaluate.Reports.Markdown;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>report.html, report.md and the charts, checked without a browser.</summary>
public sealed partial class ReportTests
{
    [Test]
    public async Task Writes_a_self_contained_page_markdown_and_every_chart_as_svg_and_png()
    {
        var root = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=4",
            "--limit", "10", "--out", Path.Combine(root, "run"), "--report");
        Assert.That(code, Is.Zero, error);

        var html = File.ReadAllText(Path.Combine(root, "run", "report.html"));
        Assert.That(html, Does.Contain("Content-Security-Policy"));
        Assert.That(html, Does.Contain("id=\"overthinking-table\""));
        Assert.That(html, Does.Contain($"script-src '{ReportAssets.Hash(ReportAssets.Script)}'"));
        // No network fetch of any kind: nothing is loaded from a URL.
        Assert.That(ExternalReference().IsMatch(html), Is.False, "no src/href to http(s) or //");
        var charts = Directory.GetFiles(Path.Combine(root, "run", "charts"));
        Assert.That(charts.Count(f => f.EndsWith(".svg", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(4));
        Assert.That(charts.Count(f => f.EndsWith(".png", StringComparison.Ordinal)), Is.EqualTo(charts.Count(f => f.EndsWith(".svg", StringComparison.Ordinal))));
        foreach (var png in charts.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
            Assert.That(File.ReadAllBytes(png).Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), png);
        var markdown = File.ReadAllText(Path.Combine(root, "run", "report.md"));
        Assert.That(markdown, Does.Contain("| run | model | suite |"));
        // The nightly workflow appends report.md to the step summary, which shows no image by a relative path.
        Assert.That(markdown, Does.Not.Contain("!["), "no image in a step summary's Markdown");
        Assert.That(Regex.IsMatch(markdown, @"\]\((?!https?:)[^)]*\)"), Is.False, "no relative link");
        Assert.That(markdown, Does.Contain("`charts/pass-maj-at-k.png`"), "the charts are named, to be found in the uploaded report");
    }

    [Test]
    public async Task Sample_data_cannot_close_its_script_block()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", ReplayRuns.Single(true, false), response: (_, _) => "</script><script>alert(1)</script><!--");
        Assert.That((await InProcessCli.RunAsync("report", run)).ExitCode, Is.Zero);
        var html = File.ReadAllText(Path.Combine(run, "report.html"));
        // Exactly the two script elements the page has: the inert data block and the hashed script.
        Assert.That(Regex.Matches(html, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(2));
        Assert.That(html, Does.Not.Contain("<!--"));
    }

    [Test]
    public async Task The_sample_budget_limits_what_is_embedded_and_says_so()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", Enumerable.Range(1, 40).Select(i => ($"q{i}", new[] { true, false })), response: (_, _) => new string('x', 30_000));
        var page = ReportBuilder.Build(new ReportOptions([run], run, BudgetBytes: 200_000));
        Assert.That(page.SamplesTotal, Is.EqualTo(80));
        Assert.That(page.SamplesEmbedded, Is.InRange(1, 79));
        Assert.That(page.SamplesJson.Length, Is.LessThanOrEqualTo(200_000));
    }

    [Test]
    public async Task A_replayed_run_reports_the_same_as_the_live_run_of_the_same_responses_apart_from_names()
    {
        var root = TestRuns.NewDirectory();
        var live = Path.Combine(root, "live");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "probes", "--strategy", "sample:n=3", "--limit", "8", "--out", live);
        Assert.That(code, Is.Zero, error);
        var replayFile = Path.Combine(root, "recorded.jsonl");
        var liveRun = Evaluate.Core.Results.RunDirectory.Open(live);
        var calls = liveRun.Problems().ToDictionary(p => p.ProblemId, p => p.ModelCalls);
        // Everything the live run recorded of how its responses were made goes into the replay file.
        File.WriteAllLines(replayFile, liveRun.Samples().GroupBy(s => s.ProblemId).Select(g => g.OrderBy(s => s.SampleIndex).ToList())
            .Select(g => System.Text.Json.JsonSerializer.Serialize(new
            {
                id = g[0].ProblemId, responses = g.Select(s => s.Response), tokens = g.Select(s => s.CompletionTokens),
                calls = calls[g[0].ProblemId], prompt_tokens = g[0].PromptTokens, token_source = g[0].TokenSource,
                reasoning = g.Select(s => s.Reasoning), reasoning_tokens = g.Select(s => s.ReasoningTokens),
                finish_reasons = g.Select(s => s.FinishReason), simulated = g[0].Simulated,
            })));
        var replayed = Path.Combine(root, "replayed");
        (code, _, error) = await InProcessCli.RunAsync("replay", "--suite", "probes", "--input", replayFile, "--out", replayed);
        Assert.That(code, Is.Zero, error);

        var a = ReportBuilder.Build(new ReportOptions([live], live));
        var b = ReportBuilder.Build(new ReportOptions([replayed], replayed));

        // Every figure of the headline table and every sample the browser shows are the same; what differs is the
        // run's name, the model's and the strategy's (replay of FILE, not sim; replay, not sample:n=3).
        var rowA = HeadlineTable.Rows(a.Data).Single();
        var rowB = HeadlineTable.Rows(b.Data).Single();
        Assert.That(rowB with { Run = "", Model = "", Strategy = "", Figures = [] }, Is.EqualTo(rowA with { Run = "", Model = "", Strategy = "", Figures = [] }));
        Assert.That(rowB.Figures, Is.EqualTo(rowA.Figures));
        Assert.That(HeadlineTable.Columns(b.Data), Is.EqualTo(HeadlineTable.Columns(a.Data)));
        Assert.That(rowB.Simulated, Is.True, "a replay of simulated responses keeps the simulated label");
        Assert.That(Normalise(b.SamplesJson), Is.EqualTo(Normalise(a.SamplesJson)));
        Assert.That(b.Charts.Select(c => c.Name), Is.EqualTo(a.Charts.Select(c => c.Name)));
        // Every metric, level and subject slice the reports draw from, and the Markdown report once names are blanked.
        var cellA = a.Data.Runs[0].Summary.Results.Single();
        var cellB = b.Data.Runs[0].Summary.Results.Single();
        foreach (var (name, value) in cellA.Metrics)
            Assert.That(Json(cellB.Metrics.GetValueOrDefault(name)), Is.EqualTo(Json(value)), name);
        Assert.That(cellB.Metrics.Keys, Is.EquivalentTo(cellA.Metrics.Keys));
        Assert.That(Json(cellB.PerLevel), Is.EqualTo(Json(cellA.PerLevel)));
        Assert.That(Json(cellB.PerSubject), Is.EqualTo(Json(cellA.PerSubject)));
        string Blank(string markdown, Evaluate.Core.Metrics.CellSummary cell, string run) =>
            markdown.Replace(MarkdownText.Cell(cell.ModelLabel), "MODEL", StringComparison.Ordinal).Replace(MarkdownText.Cell(cell.Strategy), "STRATEGY", StringComparison.Ordinal)
                .Replace(run, "RUN", StringComparison.Ordinal);
        Assert.That(Blank(ReportMarkdownWriter.Write(b), cellB, "replayed"), Is.EqualTo(Blank(ReportMarkdownWriter.Write(a), cellA, "live")));
    }

    private static string Json(object? value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static string Normalise(string json) => SampleNames().Replace(json, "\"$1\":\"\"");

    [GeneratedRegex("\"(run|model|strategy)\":\"[^\"]*\"")]
    private static partial Regex SampleNames();

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}

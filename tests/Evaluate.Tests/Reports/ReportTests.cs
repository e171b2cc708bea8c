using System.Text.RegularExpressions;
using Evaluate.Reports.Charts;
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
        Assert.That(markdown, Does.Contain("| suite | strategy | run | model |"));
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

    [Test]
    public async Task Rows_are_paired_by_cell_when_a_run_lacks_a_cell_or_has_extra_ones()
    {
        // Run B is another model (pairing is by suite × strategy when each run holds one model), lacks A's sampled
        // cell and has a majority cell A lacks.
        var root = TestRuns.NewDirectory();
        var a = await SimRun(root, "a", "sim:skill=0.8", "greedy", "sample:n=2");
        var b = await SimRun(root, "b", "sim:skill=0.5", "greedy", "majority:n=2");
        var page = ReportBuilder.Build(new ReportOptions([a, b], Path.Combine(root, "report")));

        Assert.That(page.Headline.Select(r => r.Cell.Key.Strategy.Split(':')[0]), Is.EqualTo(new[] { "greedy", "sample", "majority" }));
        Assert.That(page.Headline.Select(r => r.Cell.Key.Model), Is.All.Empty, "model-independent key");
        var greedy = page.Headline[0];
        Assert.That(greedy.Runs.Select(r => r?.Run), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(greedy.Runs[0]!.Model, Does.Contain("skill=0.8"));
        Assert.That(greedy.Runs[1]!.Model, Does.Contain("skill=0.5"));
        Assert.That(greedy.Deltas, Has.Count.EqualTo(1));
        var accuracy = greedy.Deltas[0].Figures.OfType<DeltaFigure>().Single(f => f.Metric == "accuracy");
        var compared = new Evaluate.Reports.Comparison.RunComparer().Compare(Evaluate.Reports.Comparison.RunEvidence.Read(a), Evaluate.Reports.Comparison.RunEvidence.Read(b))
            .Cells.Single(c => c.Strategy.StartsWith("greedy", StringComparison.Ordinal)).Metric("accuracy")!;
        Assert.That((accuracy.Delta, accuracy.Low, accuracy.High, accuracy.PValue, accuracy.Test), Is.EqualTo((compared.Delta, compared.Low, compared.High, compared.PValue, compared.Test)));
        Assert.That(page.Headline[1].Runs[1], Is.Null, "b has no sample cell");
        Assert.That(page.Headline[1].Deltas, Is.Empty);
        Assert.That(page.Headline[2].Runs[0], Is.Null, "a has no majority cell");

        var html = HtmlReportWriter.Write(page);
        Assert.That(Regex.Matches(html, "<tbody class=\"cell\""), Has.Count.EqualTo(3));
        Assert.That(Regex.Matches(html, "this run has no such cell"), Has.Count.EqualTo(2));
        Assert.That(Regex.Matches(html, "<tr class=\"delta-row\""), Has.Count.EqualTo(1));
        var markdown = ReportMarkdownWriter.Write(page);
        Assert.That(markdown, Does.Contain("| Δ b − a |"));
        Assert.That(Regex.Matches(markdown, "\\(no such cell\\)"), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Every_chart_names_every_run_in_every_panel_and_each_run_keeps_one_colour()
    {
        var root = TestRuns.NewDirectory();
        var runs = new List<string>();
        foreach (var (name, skill) in new[] { ("first", "0.5"), ("second", "0.7"), ("third", "0.9") })
            runs.Add(await SimRun(root, name, $"sim:skill={skill}", "greedy", "sample:n=4", "majority:n=4"));
        var page = ReportBuilder.Build(new ReportOptions(runs, Path.Combine(root, "report")));

        Assert.That(page.Charts.Select(c => c.Name), Is.SupersetOf(new[] { "pass-maj-at-k", "accuracy-vs-tokens", "runs-side-by-side", "overthinking" }));
        var colours = new Dictionary<string, string>();
        foreach (var chart in page.Charts)
        {
            Assert.That(chart.PanelTitles, Is.Not.Empty, chart.Name);
            foreach (var run in new[] { "first", "second", "third" })
            {
                var entries = chart.LegendEntries.Where(e => e.Run == run).ToList();
                Assert.That(entries, Is.Not.Empty, $"{chart.Name} names {run}");
                foreach (var entry in entries)
                    Assert.That(colours.TryAdd(run, entry.Color) || colours[run] == entry.Color, Is.True, $"{run} has one colour ({chart.Name})");
                // The image itself: every panel's legend carries the run.
                Assert.That(Regex.Matches(chart.Svg, $@">\s*{run}(\s|<)"), Has.Count.GreaterThanOrEqualTo(chart.PanelTitles.Count), $"{chart.Name}: {run} in every panel's legend");
            }
        }
        Assert.That(colours.Values.Distinct().Count(), Is.EqualTo(3), "distinct colours per run");
        Assert.That(colours["first"], Is.EqualTo(RunColors.Hex(0)));
        var html = HtmlReportWriter.Write(page);
        foreach (var (run, colour) in colours)
            Assert.That(html, Does.Contain($"<li data-run=\"{run}\" data-color=\"{colour}\">"), "the run legend uses the charts' colour");
    }

    [TestCase("sample:n=4,temperature=0.8,top_p=1", "sample n=4 T=0.8")]
    [TestCase("greedy:n=1,temperature=0", "greedy n=1 T=0")]
    [TestCase("majority:n=8,temperature=0.6", "majority n=8 T=0.6")]
    [TestCase("replay", "replay")]
    public void Strategy_axis_labels_keep_the_parameters_people_set(string strategy, string label) =>
        Assert.That(ChartStyle.StrategyLabel(strategy), Is.EqualTo(label));

    private static async Task<string> SimRun(string root, string name, string model, params string[] strategies)
    {
        var output = Path.Combine(root, name);
        var (code, _, error) = await InProcessCli.RunAsync(["run", "--model", model, "--suite", "probes", .. strategies.SelectMany(s => new[] { "--strategy", s }),
            "--limit", "6", "--out", output]);
        Assert.That(code, Is.Zero, error);
        return output;
    }

    private static string Json(object? value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static string Normalise(string json) => SampleNames().Replace(json, "\"$1\":\"\"");

    [GeneratedRegex("\"(run|model|strategy)\":\"[^\"]*\"")]
    private static partial Regex SampleNames();

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}

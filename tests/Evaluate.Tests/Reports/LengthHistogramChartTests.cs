using System.Text.Json;
using Evaluate.Reports.Charts;
using Evaluate.Reports.Html;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>The response-length histogram and the per-sample facts behind unclosed_think_share, on a replayed run.</summary>
public sealed class LengthHistogramChartTests
{
    [Test]
    public void Bins_are_equal_whole_token_widths_from_zero_past_the_longest_sample()
    {
        // Longest 39: width ⌈40 / 20⌉ = 2, edges 0, 2, …, 40.
        var edges = LengthHistogramChart.Edges(39, 20);
        Assert.That(edges, Has.Length.EqualTo(21));
        Assert.That(edges[1], Is.EqualTo(2));
        Assert.That(edges[^1], Is.EqualTo(40));
        var counts = LengthHistogramChart.Count([0, 1, 5, 19, 20, 39], edges);
        Assert.That(counts.Sum(), Is.EqualTo(6));
        Assert.That(counts[0], Is.EqualTo(2));    // 0 and 1
        Assert.That(counts[2], Is.EqualTo(1));    // 5
        Assert.That(counts[9], Is.EqualTo(1));    // 19
        Assert.That(counts[10], Is.EqualTo(1));   // 20
        Assert.That(counts[19], Is.EqualTo(1));   // 39
        Assert.That(LengthHistogramChart.Count([0, 0], LengthHistogramChart.Edges(0, 20)), Is.EqualTo(new[] { 2 }.Concat(new int[19])));
    }

    [Test]
    public async Task A_run_with_reasoning_gets_completion_and_reasoning_panels_and_counts_its_unclosed_thoughts()
    {
        var root = TestRuns.NewDirectory();
        Directory.CreateDirectory(root);
        // Four problems, two responses each: the first thinks until the token limit cuts it (an unclosed <think>, no
        // answer), the second closes its thought and answers right.
        var input = Path.Combine(root, "thinking.replay.jsonl");
        File.WriteAllLines(input, Enumerable.Range(1, 4).Select(i => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = $"q{i}", ["problem"] = $"What is {i}+1?", ["gold"] = $"{i + 1}",
            ["responses"] = new[] { $"<think>{i} plus one, let me check that again and", $"<think>{i} + 1 = {i + 1}</think> The answer is \\boxed{{{i + 1}}}" },
            ["tokens"] = new[] { 400, 40 * i }, ["reasoning_tokens"] = new[] { 400, 30 * i }, ["finish_reasons"] = new[] { "length", "stop" },
        })));
        var run = Path.Combine(root, "run");
        var (code, output, error) = await InProcessCli.RunAsync("replay", "--suite", "probes", "--input", input, "--out", run, "--name", "thinking");
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("reasoning tokens median / p90 / max"));

        using (var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "summary.json"))))
        {
            var metrics = summary.RootElement.GetProperty("results")[0].GetProperty("metrics");
            Assert.That(metrics.GetProperty("unclosed_think_share").GetDouble(), Is.EqualTo(0.5));
            Assert.That(metrics.GetProperty("empty_answer_share").GetDouble(), Is.EqualTo(0.5));
            Assert.That(metrics.GetProperty("truncated_share").GetDouble(), Is.EqualTo(0.5));
            Assert.That(metrics.GetProperty("accuracy").GetDouble(), Is.EqualTo(0.5));
            Assert.That(metrics.GetProperty("accuracy_untruncated").GetDouble(), Is.EqualTo(1.0));
            Assert.That(metrics.GetProperty("max_reasoning_tokens").GetDouble(), Is.EqualTo(400));
        }
        Assert.That(File.ReadLines(Path.Combine(run, "samples.jsonl")).Count(l => l.Contains("\"unclosed_think\":true", StringComparison.Ordinal)), Is.EqualTo(4));

        var page = ReportBuilder.Build(new ReportOptions([run], Path.Combine(root, "report")));
        var chart = page.Charts.Single(c => c.Name == "length-histogram");
        Assert.That(chart.PanelTitles, Has.Count.EqualTo(2));
        Assert.That(chart.PanelTitles[0], Does.EndWith("completion tokens"));
        Assert.That(chart.PanelTitles[1], Does.EndWith("reasoning tokens"));
        Assert.That(chart.Svg, Does.Contain("completion tokens per sample").And.Contain("reasoning tokens per sample"));
        Assert.That(chart.Png.Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
    }
}

using Evaluate.Core.Metrics;
using Evaluate.Core.Metrics.BuiltIn;
using Evaluate.Core.Metrics.Table;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Metrics;

/// <summary>
/// The same run shows the same figures, with the same units, in every reader: the terminal after the run, summary.md,
/// the HTML report's headline, report.md, compare and the gate's FAMILY@max. Issue 19 found an adaptive run showing
/// `pass@8 —` and per-sample tokens in the terminal but `pass@2 72.5%` and per-problem tokens in summary.md.
/// </summary>
public sealed class OneTableModelTests
{
    private static async Task<(string Directory, string Terminal)> RunAdaptiveAsync()
    {
        var directory = TestRuns.NewDirectory();
        var run = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "game24", "--strategy", "adaptive:first=2,n=8", "--limit", "20", "--out", directory);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return (directory, run.Output);
    }

    [Test]
    public async Task The_adaptive_example_shows_the_same_k_and_tokens_in_every_reader()
    {
        var (directory, terminal) = await RunAdaptiveAsync();
        var cell = RunDirectory.Open(directory).ReadSummary().Results.Single();
        var catalog = MetricCatalog.Default;
        // The headline k is the largest k with a defined value: pass@8 is undefined (most problems stopped at 2 samples).
        var k = HeadlineK.Of(cell.Metrics, PassAtKMetric.PassAtK, catalog);
        Assert.That(k, Is.Not.Null);
        Assert.That(MetricValue.Number(cell.Metrics, $"pass@{k * 2}"), Is.Null, "a larger k exists but is undefined");
        var expected = ResultTable.For(catalog, MetricReaders.Headline, [cell.Metrics]);
        var figures = expected.Row(cell.Metrics);
        Assert.That(figures, Does.Contain($"pass@{k} {MetricText.Percent(MetricValue.Number(cell.Metrics, $"pass@{k}")!.Value)}"));
        Assert.That(figures, Does.Contain(MetricText.Format(MetricKind.Tokens, cell.Metrics["mean_completion_tokens_per_problem"])));

        var (terminalHeaders, terminalRow) = ReaderFigures.Terminal(terminal);
        Assert.That(terminalHeaders.Skip(3), Is.EqualTo(expected.Headers));
        Assert.That(terminalRow.Skip(3), Is.EqualTo(figures), "terminal");

        var (mdHeaders, mdRow) = ReaderFigures.Markdown(File.ReadAllText(Path.Combine(directory, "summary.md")));
        Assert.That(mdHeaders.Skip(3), Is.EqualTo(expected.Headers));
        Assert.That(mdRow.Skip(3), Is.EqualTo(figures), "summary.md");

        Assert.That((await InProcessCli.RunAsync("report", directory)).ExitCode, Is.Zero);
        var (htmlHeaders, htmlRow) = ReaderFigures.Html(File.ReadAllText(Path.Combine(directory, "report.html")));
        Assert.That(htmlHeaders.Skip(3), Is.EqualTo(expected.Headers));
        Assert.That(htmlRow.Skip(3), Is.EqualTo(figures), "report.html");
        var (reportMdHeaders, reportMdRow) = ReaderFigures.Markdown(File.ReadAllText(Path.Combine(directory, "report.md")));
        Assert.That(reportMdHeaders.Skip(4), Is.EqualTo(expected.Headers));
        Assert.That(reportMdRow.Skip(4), Is.EqualTo(figures), "report.md");

        // The gate's pass@max is the same k, and compare reports nothing beyond it.
        var gate = await InProcessCli.RunAsync("gate", "--baseline", directory, "--candidate", directory);
        Assert.That(gate.ExitCode, Is.Zero, gate.Error);
        Assert.That(gate.Output, Does.Contain($"pass@max (pass@{k})"));
        var compare = await InProcessCli.RunAsync("compare", directory, directory, "--out", TestRuns.NewDirectory());
        Assert.That(compare.Output, Does.Contain($"pass@{k}").And.Not.Contain($"pass@{k * 2}"));
    }

    [Test]
    public void The_headline_k_is_the_largest_defined_one_and_for_a_pair_the_largest_both_define()
    {
        var catalog = MetricCatalog.Default;
        var a = new Dictionary<string, object?> { ["pass@1"] = 0.5, ["pass@2"] = 0.6, ["pass@4"] = null, ["maj@8"] = 0.1 };
        var b = new Dictionary<string, object?> { ["pass@1"] = 0.4, ["pass@2"] = null, ["pass@4"] = 0.9 };
        Assert.That(HeadlineK.Of(a, PassAtKMetric.PassAtK, catalog), Is.EqualTo(2));
        Assert.That(HeadlineK.Of(b, PassAtKMetric.PassAtK, catalog), Is.EqualTo(4));
        Assert.That(HeadlineK.Shared(a, b, PassAtKMetric.PassAtK, catalog), Is.EqualTo(1));
        Assert.That(HeadlineK.Of(b, MajorityAtKMetric.MajAtK, catalog), Is.Null);
        Assert.That(HeadlineK.Of(new Dictionary<string, object?> { ["maj@8_expected"] = 0.3 }, MajorityAtKMetric.MajAtK, catalog), Is.Null,
            "maj@8_expected is another family");
    }

    [Test]
    public void Columns_no_cell_has_a_value_for_are_left_out_and_intervals_follow_their_metric()
    {
        var cell = new Dictionary<string, object?> { ["problems"] = 3, ["errors"] = 0, ["accuracy"] = 0.5, ["accuracy_ci95"] = new[] { 0.25, 0.75 }, ["pass@1"] = 0.5 };
        var table = ResultTable.For(MetricCatalog.Default, MetricReaders.Headline, [cell]);
        Assert.That(table.Headers, Is.EqualTo(new[] { "problems", "errors", "accuracy ± SE (95% CI)", "pass@k" }));
        Assert.That(table.Row(cell), Is.EqualTo(new[] { "3", "0", "50.0% [25.0%, 75.0%]", "pass@1 50.0%" }));
        // A standard error follows the figure in percentage points, before the interval.
        var withSe = new Dictionary<string, object?>(cell) { ["accuracy_se"] = 0.013 };
        Assert.That(table.Row(withSe)[2], Is.EqualTo("50.0% ± 1.3 [25.0%, 75.0%]"));
    }
}

using Evaluate.Reports.Html;
using Evaluate.Reports.Markdown;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Costs;

/// <summary>Cost reaches the readers through its descriptors, and the report draws accuracy against cost only when there is a cost.</summary>
public sealed class CostReportTests
{
    private static async Task<string> SimRun(string root, string name, params string[] extra)
    {
        var output = Path.Combine(root, name);
        var (code, _, error) = await InProcessCli.RunAsync(["run", "--model", "sim", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=2",
            "--limit", "4", "--out", output, .. extra]);
        Assert.That(code, Is.Zero, error);
        return output;
    }

    [Test]
    public async Task A_priced_run_shows_cost_columns_and_the_cost_chart_and_an_unpriced_one_neither()
    {
        var root = TestRuns.NewDirectory();
        Directory.CreateDirectory(root);
        var prices = Path.Combine(root, "prices.yaml");
        File.WriteAllText(prices, "sim:\n  input: 1\n  output: 10\n");
        var priced = await SimRun(root, "priced", "--prices", prices);
        var unpriced = await SimRun(root, "unpriced");

        var page = ReportBuilder.Build(new ReportOptions([priced], Path.Combine(root, "report")));
        var chart = page.Charts.SingleOrDefault(c => c.Name == "accuracy-vs-cost");
        Assert.That(chart, Is.Not.Null);
        Assert.That(chart!.PanelTitles, Is.EqualTo(new[] { "probes" }));
        Assert.That(HtmlReportWriter.Write(page), Does.Contain(">cost<").And.Contain(">cost / correct<"));
        Assert.That(File.ReadAllText(Path.Combine(priced, "summary.md")), Does.Contain("| cost |").And.Contain("| cost / correct |").And.Contain("$0.0"));

        var plain = ReportBuilder.Build(new ReportOptions([unpriced], Path.Combine(root, "plain-report")));
        Assert.That(plain.Charts.Select(c => c.Name), Does.Not.Contain("accuracy-vs-cost"));
        Assert.That(ReportMarkdownWriter.Write(plain), Does.Not.Contain("cost"));
        Assert.That(File.ReadAllText(Path.Combine(unpriced, "summary.md")), Does.Not.Contain("cost"));
    }
}

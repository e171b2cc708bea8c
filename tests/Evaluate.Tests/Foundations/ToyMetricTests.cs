using System.Globalization;
using System.Text.Json;
using Evaluate.Composition;
using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Metrics;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// A new metric is one class and one registration: summary.json, summary.csv, the terminal, summary.md, the HTML
/// headline (it is marked headline), compare and the gate's rules pick it up with no other edit.
/// </summary>
public sealed class ToyMetricTests
{
    /// <summary>The one class: the mean over problems of the longest response's completion tokens.</summary>
    private sealed class LongestResponseMetric : IMetric
    {
        public static readonly MetricDescriptor Longest = new("longest_response_tokens", MetricDirection.LowerIsBetter, MetricKind.Tokens,
            "mean over problems of the longest response's completion tokens", Readers: MetricReaders.Headline | MetricReaders.Compare, Label: "longest response");

        public IReadOnlyList<MetricDescriptor> Declares { get; } = [Longest];

        public void Compute(CellFacts cell, MetricSink sink) =>
            sink.Add(Longest, CellFacts.MeanOrNull(cell.ProblemFacts.Select(Of)));

        public Func<ProblemFacts, double?>? PerProblem(MetricDescriptor metric, int? k) => Of;

        private static double? Of(ProblemFacts problem) => problem.Samples.Count == 0 ? null : problem.Samples.Max(s => s.CompletionTokens);
    }

    private static Registries WithToy()
    {
        var registries = Registries.CreateDefault();
        // The one registration.
        MetricRegistrations.Register(registries.Metrics, new LongestResponseMetric());
        return registries;
    }

    private static async Task<(string Directory, string Output)> RunAsync(Registries registries, string seed)
    {
        var directory = TestRuns.NewDirectory();
        var run = await InProcessCli.RunAsync(registries, "run", "--suite", "game24", "--strategy", "sample:n=4", "--limit", "12", "--seed", seed, "--out", directory);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        return (directory, run.Output);
    }

    [Test]
    public async Task It_is_written_and_shown_by_every_reader()
    {
        var registries = WithToy();
        var (directory, terminal) = await RunAsync(registries, "1234");

        // summary.json: the value a hand computation from samples.jsonl gives.
        var longest = RunDirectory.Open(directory).Samples().GroupBy(s => s.ProblemId).Select(g => (double)g.Max(s => s.CompletionTokens)).Average();
        var cell = RunDirectory.Open(directory).ReadSummary().Results.Single();
        Assert.That(MetricValue.Number(cell.Metrics, "longest_response_tokens"), Is.EqualTo(longest).Within(1e-9));
        var figure = longest.ToString("0.#", CultureInfo.InvariantCulture);

        Assert.That(File.ReadAllText(Path.Combine(directory, "summary.csv")), Does.Contain("longest_response_tokens"));
        var (terminalHeaders, terminalRow) = ReaderFigures.Terminal(terminal);
        Assert.That(terminalRow[Array.IndexOf(terminalHeaders, "longest response")], Is.EqualTo(figure), "terminal");
        var (mdHeaders, mdRow) = ReaderFigures.Markdown(File.ReadAllText(Path.Combine(directory, "summary.md")));
        Assert.That(mdRow[Array.IndexOf(mdHeaders, "longest response")], Is.EqualTo(figure), "summary.md");
        Assert.That((await InProcessCli.RunAsync(registries, "report", directory)).ExitCode, Is.Zero);
        var (htmlHeaders, htmlRow) = ReaderFigures.Html(File.ReadAllText(Path.Combine(directory, "report.html")));
        Assert.That(htmlRow[Array.IndexOf(htmlHeaders, "longest response")], Is.EqualTo(figure), "report.html");

        // compare tests it problem by problem; the gate takes a rule on it.
        var (candidate, _) = await RunAsync(registries, "99");
        var compareOut = TestRuns.NewDirectory();
        var compare = await InProcessCli.RunAsync(registries, "compare", directory, candidate, "--out", compareOut);
        Assert.That(compare.ExitCode, Is.Zero, compare.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(compareOut, "compare.json")));
        var compared = json.RootElement.GetProperty("cells")[0].GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("metric").GetString() == "longest_response_tokens");
        Assert.That(compared.GetProperty("baseline").GetDouble(), Is.EqualTo(longest).Within(1e-9));

        var rules = Path.Combine(TestRuns.NewDirectory(), "rules.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        File.WriteAllText(rules, "metrics:\n  longest_response_tokens: {max_drop: 0.5, relative: true}\n");
        var gate = await InProcessCli.RunAsync(registries, "gate", "--baseline", directory, "--candidate", candidate, "--rules", rules);
        Assert.That(gate.ExitCode, Is.Zero.Or.EqualTo(1), gate.Error);
        Assert.That(gate.Output, Does.Contain(@"longest\_response\_tokens: worsening ≤ 50% relative").And.Contain("p = "), "a rule on the toy metric, tested");

        var list = await InProcessCli.RunAsync(registries, "metrics");
        Assert.That(list.Output, Does.Contain("longest_response_tokens").And.Contain("longest response's completion tokens"));
    }

    [Test]
    public async Task Without_its_registration_it_is_nowhere()
    {
        var (directory, terminal) = await RunAsync(Registries.CreateDefault(), "1234");
        Assert.That(terminal, Does.Not.Contain("longest response"));
        Assert.That(RunDirectory.Open(directory).ReadSummary().Results.Single().Metrics.Keys, Does.Not.Contain("longest_response_tokens"));
        var rules = Path.Combine(TestRuns.NewDirectory(), "rules.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        File.WriteAllText(rules, "metrics:\n  longest_response_tokens: {max_drop: 0.5}\n");
        var gate = await InProcessCli.RunAsync("gate", "--baseline", directory, "--candidate", directory, "--rules", rules);
        Assert.That(gate.ExitCode, Is.EqualTo(2));
        Assert.That(gate.Error, Does.Contain("longest_response_tokens").And.Contain("not in the metric catalog"));
    }

    [Test]
    public void A_component_cannot_write_a_metric_it_does_not_declare()
    {
        var catalog = new MetricCatalog([new UndeclaredWriter()]);
        var cell = new CellFacts([], []);
        Assert.That(() => catalog.Compute(cell), Throws.InvalidOperationException.With.Message.Contains("does not declare"));
    }

    private sealed class UndeclaredWriter : IMetric
    {
        public IReadOnlyList<MetricDescriptor> Declares { get; } = [new("declared", MetricDirection.Neutral, MetricKind.Count, "declared")];

        public void Compute(CellFacts cell, MetricSink sink) => sink.Add(new MetricDescriptor("other", MetricDirection.Neutral, MetricKind.Count, "other"), 1);
    }
}

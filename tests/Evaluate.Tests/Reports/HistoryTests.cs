using Evaluate.Reports.Charts;
using Evaluate.Reports.History;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>The SQLite run history: appends from run/replay/gate, trends, baselines, concurrent writers.</summary>
public sealed class HistoryTests
{
    [Test]
    public async Task Three_appended_runs_give_a_trend_chart_with_three_points_per_line()
    {
        var root = TestRuns.NewDirectory();
        var history = Path.Combine(root, "history.db");
        for (var i = 0; i < 3; i++)
        {
            var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "sim", "--suite", "game24", "--strategy", "greedy", "--strategy", "sample:n=2",
                "--limit", "4", "--seed", (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", Path.Combine(root, $"run{i}"), "--history", history);
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain($"(entry {i + 1})"));
        }

        var entries = HistoryStore.Open(history).Entries();
        Assert.That(entries, Has.Count.EqualTo(3));
        var lines = TrendChart.Lines(entries);
        Assert.That(lines, Has.Count.EqualTo(2), "one line per model × suite × strategy");
        Assert.That(lines.Values.Select(l => l.X), Is.All.EqualTo(new double[] { 0, 1, 2 }));

        var (reportCode, _, reportError) = await InProcessCli.RunAsync("report", "--history", history, "--out", Path.Combine(root, "report"));
        Assert.That(reportCode, Is.Zero, reportError);
        var svg = File.ReadAllText(Path.Combine(root, "report", "charts", "trend-accuracy.svg"));
        Assert.That(svg, Does.Contain("<svg"));
    }

    [Test]
    public async Task Two_concurrent_appends_both_land()
    {
        var root = TestRuns.NewDirectory();
        var runs = new[]
        {
            await ReplayRuns.CreateAsync(root, "one", ReplayRuns.Single(true, false, true)),
            await ReplayRuns.CreateAsync(root, "two", ReplayRuns.Single(true, true, true)),
        };
        var history = Path.Combine(root, "history.db");
        var start = new ManualResetEventSlim();
        var writers = runs.Select(run => Task.Run(() =>
        {
            start.Wait();
            // Each writer opens its own store (its own connections), as two processes would.
            return HistoryStore.Open(history).Append(run, tag: null, gatePassed: null).Id;
        })).ToList();
        start.Set();
        var ids = await Task.WhenAll(writers);

        Assert.That(ids.Distinct().Count(), Is.EqualTo(2));
        Assert.That(HistoryStore.Open(history).Entries(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Gate_takes_the_last_passing_run_of_the_history_as_its_baseline()
    {
        var root = TestRuns.NewDirectory();
        var good = await ReplayRuns.CreateAsync(root, "good", Enumerable.Range(1, 30).Select(i => ($"q{i}", new[] { true })));
        var bad = await ReplayRuns.CreateAsync(root, "bad", Enumerable.Range(1, 30).Select(i => ($"q{i}", new[] { i > 15 })));
        var history = Path.Combine(root, "history.db");

        var (first, _, firstError) = await InProcessCli.RunAsync("gate", "--baseline", good, "--candidate", good, "--history", history);
        Assert.That(first, Is.Zero, firstError);
        Directory.Delete(good, recursive: true); // the history keeps what the comparison needs
        var (second, output, _) = await InProcessCli.RunAsync("gate", "--history", history, "--candidate", bad);
        Assert.That(second, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("accuracy: 1 → 0.5"));
        var entries = HistoryStore.Open(history).Entries();
        Assert.That(entries.Select(e => e.GatePassed), Is.EqualTo(new bool?[] { true, false }));
    }

    [Test]
    public async Task Gate_with_an_empty_history_and_no_baseline_is_a_usage_error()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", ReplayRuns.Single(true));
        var (code, _, error) = await InProcessCli.RunAsync("gate", "--history", Path.Combine(root, "empty.db"), "--candidate", run);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no passing run"));
    }
}

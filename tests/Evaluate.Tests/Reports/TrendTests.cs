using Evaluate.Reports.Charts;
using Evaluate.Reports.History;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>The history trend: points sit where their run's label is, and each drop is marked significant or noise by the gate's test.</summary>
public sealed class TrendTests
{
    /// <summary>Nightly runs of one plan with q1..q{wrong} wrong, appended in order.</summary>
    private static async Task<(HistoryStore Store, IReadOnlyList<HistoryEntry> Entries)> HistoryAsync(params (string Name, int Wrong)[] runs)
    {
        var root = TestRuns.NewDirectory();
        var store = HistoryStore.Open(Path.Combine(root, "history.db"));
        string? first = null;
        foreach (var (name, wrong) in runs)
        {
            var run = await ReplayReruns.CreateAsync(root, name, i => [i > wrong], first);
            first ??= run;
            store.Append(run, tag: null, gatePassed: null);
        }
        return (store, store.EntriesWithDrops());
    }

    [Test]
    public async Task Each_point_sits_at_the_position_of_its_runs_axis_label()
    {
        var (_, entries) = await HistoryAsync(("a", 0), ("b", 3), ("c", 6));
        var ticks = TrendChart.Ticks(entries);
        var line = TrendChart.Lines(entries).Single().Value;

        // ChartStyle.CategoryAxis draws label i at x = i; entry i's point must be there too.
        Assert.That(ticks.Select(t => t.Position), Is.EqualTo(new double[] { 0, 1, 2 }));
        Assert.That(line.X, Is.EqualTo(new double[] { 0, 1, 2 }));
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.That(ticks[(int)line.X[i]].Label, Does.StartWith($"#{entries[i].Id} "));
            Assert.That(line.Y[i], Is.EqualTo(1 - (3.0 * i / 30)).Within(1e-9));
        }
    }

    [Test]
    public async Task A_large_drop_is_marked_significant_and_a_one_problem_drop_noise()
    {
        var (_, entries) = await HistoryAsync(("a", 0), ("b", 0), ("c", 15), ("d", 16));

        Assert.That(entries[1].Drops, Is.Empty, "no change, no drop");
        var large = entries[2].Drops.Single(d => d.Metric == "accuracy");
        Assert.That(large.Significant, Is.True);
        Assert.That(large.Previous, Is.EqualTo(1));
        Assert.That(large.Value, Is.EqualTo(0.5));
        var small = entries[3].Drops.Single(d => d.Metric == "accuracy");
        Assert.That(small.Significant, Is.False);
        Assert.That(small.PValue, Is.GreaterThanOrEqualTo(small.Alpha));

        var marks = TrendChart.Drops(entries);
        Assert.That(marks.Select(m => (m.X, m.Significant)), Is.EqualTo(new[] { (2.0, true), (3.0, false) }));
    }
}

using Evaluate.Reports.History;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>A baseline taken from the history is named by its run name, tag and date, never by the temporary directory it is read from.</summary>
public sealed class HistoryBaselineNameTests
{
    [Test]
    public async Task The_verdict_names_the_history_baseline_by_run_name_tag_and_date()
    {
        var root = TestRuns.NewDirectory();
        var good = await ReplayRuns.CreateAsync(root, "release-1.4", Enumerable.Range(1, 30).Select(i => ($"q{i}", new[] { true })));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Enumerable.Range(1, 30).Select(i => ($"q{i}", new[] { i != 3 })));
        var history = Path.Combine(root, "history.db");
        var entry = HistoryStore.Open(history).Append(good, "stable", gatePassed: null).Id;
        var markdown = Path.Combine(root, "verdict.md");

        var (code, output, error) = await InProcessCli.RunAsync("gate", "--history", history, "--tag", "stable", "--candidate", candidate, "--markdown", markdown);

        Assert.That(code, Is.Zero, error);
        var date = HistoryLabels.Date(HistoryStore.Open(history).Entries()[0].RecordedAt);
        var name = $"release-1.4 (history entry {entry}, tag stable, recorded {date})";
        Assert.That(date, Does.Match(@"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$"));
        Assert.That(output, Does.Contain($"baseline: {name}"));
        var table = File.ReadAllText(markdown);
        Assert.That(table, Does.Contain($"Baseline `{name}`"));
        Assert.That(table + output, Does.Not.Match(@"run-\d+-[0-9a-f]{8}"), "the temporary directory's name is not a name");
    }
}

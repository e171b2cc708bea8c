using Evaluate.Reports.History;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>One run is one history entry: gating a candidate again, or recording it from two writers at once, adds none.</summary>
public sealed class HistoryDuplicateTests
{
    [Test]
    public async Task Gating_the_same_candidate_twice_keeps_one_entry_and_says_so()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", ReplayRuns.Single(true, true, false));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", ReplayRuns.Single(true, false, true));
        var history = Path.Combine(root, "history.db");

        var (first, firstOutput, firstError) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--history", history);
        var (second, secondOutput, secondError) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--history", history);

        Assert.That(first, Is.Zero, firstError);
        Assert.That(second, Is.EqualTo(first), secondError + secondOutput);
        Assert.That(firstOutput, Does.Not.Contain("already holds"));
        Assert.That(secondOutput, Does.Contain("already holds this candidate (entry 1"));
        var entries = HistoryStore.Open(history).Entries();
        Assert.That(entries, Has.Count.EqualTo(1));
        Assert.That(entries[0].RunName, Is.EqualTo("cand"));
        Assert.That(entries[0].GatePassed, Is.True);
    }

    [Test]
    public async Task A_run_appended_then_gated_twice_is_one_entry_with_the_verdict()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", ReplayRuns.Single(true, true, true));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", ReplayRuns.Single(true, true, true));
        var history = Path.Combine(root, "history.db");
        Assert.That(HistoryStore.Open(history).Append(candidate, "nightly", gatePassed: null).AlreadyRecorded, Is.False);

        for (var i = 0; i < 2; i++)
        {
            var (code, _, error) = await InProcessCli.RunAsync("gate", "--baseline", baseline, "--candidate", candidate, "--history", history);
            Assert.That(code, Is.Zero, error);
        }

        var entries = HistoryStore.Open(history).Entries();
        Assert.That(entries, Has.Count.EqualTo(1));
        Assert.That(entries[0].Tag, Is.EqualTo("nightly"));
        Assert.That(entries[0].GatePassed, Is.True);
    }

    [Test]
    public async Task The_same_run_recorded_by_two_writers_at_once_lands_once()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", ReplayRuns.Single(true, false, true));
        var history = Path.Combine(root, "history.db");
        HistoryStore.Open(history);
        var start = new ManualResetEventSlim();
        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.Wait();
            return HistoryStore.Open(history).Append(run, tag: null, gatePassed: null);
        })).ToList();
        start.Set();
        var appends = await Task.WhenAll(writers);

        Assert.That(appends.Select(a => a.Id).Distinct().Count(), Is.EqualTo(1));
        Assert.That(appends.Count(a => a.AlreadyRecorded), Is.EqualTo(1));
        Assert.That(HistoryStore.Open(history).Entries(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_copy_of_a_run_directory_is_the_same_run()
    {
        var root = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(root, "run", ReplayRuns.Single(true, false, true));
        var copy = Path.Combine(root, "copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(run)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var history = Path.Combine(root, "history.db");

        var first = HistoryStore.Open(history).Append(run, tag: null, gatePassed: null);
        var second = HistoryStore.Open(history).Append(copy, tag: null, gatePassed: null);

        Assert.That(second, Is.EqualTo(new HistoryAppend(first.Id, AlreadyRecorded: true)));
    }
}

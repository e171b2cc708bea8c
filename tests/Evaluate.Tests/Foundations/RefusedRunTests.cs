using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>Nothing already on disk is ever overwritten by a refused run.</summary>
public sealed class RefusedRunTests
{
    [Test]
    public async Task A_run_refused_because_out_holds_results_leaves_every_file_as_it_was()
    {
        var work = TestRuns.NewDirectory();
        var first = await InProcessCli.RunAsync("run", "--suite", "game24", "--limit", "3", "--out", work);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var before = Snapshot(work);

        // Regression: the refusal used to happen inside the run, and the summary step in its `finally` rewrote
        // summary.json and run.json from the other plan's cells (the earlier run's summary was lost).
        var refused = await InProcessCli.RunAsync("run", "--suite", "probes", "--strategy", "sample", "--limit", "2", "--out", work);
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(refused.Error, Does.Contain("already holds results"));
        Assert.That(Snapshot(work), Is.EqualTo(before), "every file byte for byte, and no new file");
    }

    [Test]
    public async Task A_resume_refused_for_a_changed_plan_leaves_every_file_as_it_was()
    {
        var work = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync("run", "--suite", "game24", "--limit", "3", "--out", work)).ExitCode, Is.EqualTo(0));
        var before = Snapshot(work);
        var refused = await InProcessCli.RunAsync("run", "--suite", "game24", "--limit", "3", "--seed", "5", "--out", work, "--resume");
        Assert.That(refused.ExitCode, Is.EqualTo(2));
        Assert.That(Snapshot(work), Is.EqualTo(before));
    }

    private static SortedDictionary<string, string> Snapshot(string directory) => new(
        Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);
}

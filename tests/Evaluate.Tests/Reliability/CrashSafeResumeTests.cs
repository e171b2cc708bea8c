using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>A run killed at any point (even mid-write) and resumed ends in the bytes of an uninterrupted run.</summary>
public sealed class CrashSafeResumeTests
{
    private static readonly string[] Plan =
        ["run", "--suite", "game24", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=4", "--limit", "40", "--seed", "3"];

    private static readonly string[] Compared = ["samples.jsonl", "problems.jsonl", "summary.json", "summary.csv", "manifest.json"];

    private static async Task<string> UninterruptedAsync()
    {
        var reference = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", reference, "--concurrency", "4"]);
        Assert.That(code, Is.EqualTo(0), error);
        return reference;
    }

    private static void AssertSameBytes(string expected, string actual)
    {
        foreach (var file in Compared)
            Assert.That(File.ReadAllBytes(Path.Combine(actual, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected, file))), file);
        var problems = File.ReadAllLines(Path.Combine(actual, "problems.jsonl")).Length;
        Assert.That(File.ReadAllLines(Path.Combine(actual, "timings.jsonl")), Has.Length.EqualTo(problems), "one timing per problem, none twice");
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task Torn_last_lines_in_every_journal_are_dropped_and_the_resumed_run_equals_an_uninterrupted_one(int seed)
    {
        var reference = await UninterruptedAsync();
        var work = TestRuns.NewDirectory();
        Assert.That((await InProcessCli.RunAsync([.. Plan, "--out", work])).ExitCode, Is.EqualTo(0));
        // As a kill mid-write leaves them: the last problems gone, half a line at the end of each journal.
        TornJournals.Tear(work, seed, "samples.jsonl", "problems.jsonl", "timings.jsonl");
        File.Delete(Path.Combine(work, "summary.json"));

        var (code, _, error) = await InProcessCli.RunAsync([.. Plan, "--out", work, "--resume", "--concurrency", "3"]);
        Assert.That(code, Is.EqualTo(0), error);
        AssertSameBytes(reference, work);
    }

    [Test, Category(TestCategories.Process)]
    public async Task Killed_with_sigkill_at_many_points_and_resumed_the_files_equal_an_uninterrupted_run()
    {
        var reference = await UninterruptedAsync();
        var work = TestRuns.NewDirectory();
        var random = new Random(20261130);
        var kills = 0;
        for (var round = 0; round < 8; round++)
        {
            using var process = CliProcess.Start(work, [.. Plan, "--out", Path.Combine(work, "out"), "--concurrency", "4", .. round == 0 ? Array.Empty<string>() : ["--resume"]]);
            // Early enough to land inside a run that now takes about a second (issue 12 made start-up fast).
            var exited = process.WaitForExit(random.Next(150, 700));
            if (exited) break;
            process.Kill(entireProcessTree: true); // SIGKILL: no handler runs, writes stop wherever they are
            await process.WaitForExitAsync();
            kills++;
        }
        var (code, _, error) = await CliProcess.RunAsync(work, [.. Plan, "--out", Path.Combine(work, "out"), "--concurrency", "2", "--resume"]);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(kills, Is.GreaterThan(0), "the run was killed at least once");
        AssertSameBytes(reference, Path.Combine(work, "out"));
    }
}

using Evaluate.Core.Files;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>
/// The disk fills up (simulated in the file layer, <see cref="DiskFaults"/>, at chosen bytes) while each writing verb
/// works: it exits 3 with one line saying "no space left" and naming the file, not a parse error of the half-written
/// line; no .tmp file stays; nothing already on disk is replaced; and a run resumes to the bytes of an uninterrupted one.
/// </summary>
public sealed class DiskFullTests
{
    private static readonly string[] RunArgs = ["run", "--suite", "game24", "--strategy", "sample", "--n", "3", "--limit", "12", "--seed", "5"];

    private static async Task<(int Code, string Error)> WithNoSpaceAfter(long bytes, params string[] args)
    {
        using (DiskFaults.NoSpaceAfter(bytes))
        {
            var (code, _, error) = await InProcessCli.RunAsync(args);
            return (code, error);
        }
    }

    private static void AssertNoSpace(int code, string error, string work)
    {
        FailureAssert.Expected(code, error, "No space left on device", work);
        Assert.That(code, Is.EqualTo(3), error);
        Assert.That(error, Does.Contain(work), "the file is named");
        Assert.That(error, Does.Not.Contain("field '"), "no parse error of a half-written line");
    }

    [Test]
    public async Task A_run_that_fills_the_disk_stops_cleanly_and_resumes_to_the_uninterrupted_bytes()
    {
        var work = TestRuns.NewDirectory();
        var clean = Path.Combine(work, "clean");
        var (cleanCode, _, cleanError) = await InProcessCli.RunAsync([.. RunArgs, "--out", clean]);
        Assert.That(cleanCode, Is.Zero, cleanError);
        long Size(string name) => new FileInfo(Path.Combine(clean, name)).Length;
        var beforeJournals = Size("manifest.json") + Size("prompts.jsonl");
        var journals = Size("samples.jsonl") + Size("problems.jsonl") + Size("timings.jsonl");
        // In the manifest, in the prompts, early and late in the journals, in the summary.
        long[] quotas = [0, Size("manifest.json") + 10, beforeJournals + 37, beforeJournals + journals / 2, beforeJournals + journals + 20];
        foreach (var quota in quotas)
        {
            var output = Path.Combine(work, $"full-at-{quota}");
            var (code, error) = await WithNoSpaceAfter(quota, [.. RunArgs, "--out", output]);
            AssertNoSpace(code, error, output);
            Assert.That(File.Exists(Path.Combine(output, "run.lock")), Is.False, "the lock is released");
            var (resumed, _, resumeError) = await InProcessCli.RunAsync([.. RunArgs, "--out", output, "--resume"]);
            Assert.That(resumed, Is.Zero, $"quota {quota}: {resumeError}");
            foreach (var file in new[] { "samples.jsonl", "problems.jsonl", "summary.json", "prompts.jsonl", "manifest.json" })
                Assert.That(File.ReadAllBytes(Path.Combine(output, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(clean, file))), $"quota {quota}: {file}");
        }
    }

    [Test]
    public async Task Replay_that_fills_the_disk_stops_cleanly()
    {
        var work = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(work, "recorded", ReplayRuns.Single(true, false, true));
        var output = Path.Combine(work, "replayed");
        var (code, error) = await WithNoSpaceAfter(2000, "replay", "--suite", "probes", "--input", Path.Combine(work, "recorded.replay.jsonl"), "--out", output);
        AssertNoSpace(code, error, output);
        Assert.That(Directory.Exists(run), Is.True);
    }

    [Test]
    public async Task Grade_that_fills_the_disk_keeps_the_earlier_output()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var input = Path.Combine(work, "pairs.jsonl");
        File.WriteAllLines(input, Enumerable.Range(1, 200).Select(i => $"{{\"gold\": \"{i}\", \"response\": \"The answer is {i}.\"}}"));
        var verdicts = Path.Combine(work, "verdicts.jsonl");
        File.WriteAllText(verdicts, "earlier verdicts\n");
        var (code, error) = await WithNoSpaceAfter(3000, "grade", "--suite", "math", "--input", input, "--output", verdicts);
        AssertNoSpace(code, error, work);
        Assert.That(File.ReadAllText(verdicts), Is.EqualTo("earlier verdicts\n"));
    }

    [Test]
    public async Task Report_compare_and_merge_that_fill_the_disk_leave_no_partial_file()
    {
        var work = TestRuns.NewDirectory();
        var run = await ReplayRuns.CreateAsync(work, "a", ReplayRuns.Single(true, false, true, true));
        var report = Path.Combine(work, "report");
        var (code, error) = await WithNoSpaceAfter(5000, "report", run, "--out", report);
        AssertNoSpace(code, error, report);
        Assert.That(File.Exists(Path.Combine(report, "report.html")), Is.False);

        var compared = Path.Combine(work, "compared");
        (code, error) = await WithNoSpaceAfter(100, "compare", run, run, "--out", compared);
        AssertNoSpace(code, error, compared);
        Assert.That(File.Exists(Path.Combine(compared, "compare.json")), Is.False);

        string[] shardArgs = ["run", "--suite", "game24", "--limit", "8"];
        var shards = new[] { Path.Combine(work, "s0"), Path.Combine(work, "s1") };
        for (var i = 0; i < 2; i++)
        {
            var (shardCode, _, shardError) = await InProcessCli.RunAsync([.. shardArgs, "--shard", $"{i}/2", "--out", shards[i]]);
            Assert.That(shardCode, Is.Zero, shardError);
        }
        var merged = Path.Combine(work, "merged");
        (code, error) = await WithNoSpaceAfter(3000, "merge", shards[0], shards[1], "--out", merged);
        AssertNoSpace(code, error, merged);
        var (again, _, againError) = await InProcessCli.RunAsync("merge", shards[0], shards[1], "--out", merged);
        Assert.That(again, Is.Zero, "a merge stopped by a full disk leaves nothing that refuses the next one: " + againError);
    }
}

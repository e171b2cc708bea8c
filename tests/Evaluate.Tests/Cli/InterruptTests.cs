using System.Runtime.InteropServices;
using Evaluate.Core.Running;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>Ctrl+C (SIGINT) mid-run leaves consistent, summarised partial results that --resume completes.</summary>
[Category(TestCategories.Process)]
public sealed class InterruptTests
{
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private const int SigInt = 2;

    private static bool SigIntIgnoredHere()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (SigInt - 1))) != 0;
    }

    [Test]
    public async Task Ctrl_c_writes_a_consistent_partial_run_that_resume_completes()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("sends a POSIX signal");
        // A test host started as a background job of a non-interactive shell ignores SIGINT, and so would the child
        // it starts (it inherits the disposition): Ctrl+C cannot be tested from there. CI runs the tests in the foreground.
        if (SigIntIgnoredHere()) Assert.Ignore("SIGINT is ignored by this test host (started in the background?), so a child would ignore it too");
        var work = TestRuns.NewDirectory();
        string[] args = ["run", "--suite", "game24", "--split", "all", "--limit", "300", "--strategy", "tot-bfs", "--concurrency", "1", "--out", "out"];
        using (var process = CliProcess.Start(work, args))
        {
            var problems = Path.Combine(work, "out", "problems.jsonl");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && (!File.Exists(problems) || new FileInfo(problems).Length < 1000)) await Task.Delay(50);
            Assert.That(Kill(process.Id, SigInt), Is.EqualTo(0));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.That(process.ExitCode, Is.EqualTo(130), await process.StandardError.ReadToEndAsync());
        }
        var summary = File.ReadAllText(Path.Combine(work, "out", "summary.json"));
        Assert.That(summary, Does.Contain("\"complete\": false"));
        var done = ResultFiles.ReadLines<ProblemRecord>(Path.Combine(work, "out", "problems.jsonl")).Select(p => p.ProblemId).ToHashSet();
        var sampled = ResultFiles.ReadLines<SampleRecord>(Path.Combine(work, "out", "samples.jsonl")).Select(s => s.ProblemId).ToHashSet();
        Assert.That(done.Count, Is.InRange(1, 299));
        Assert.That(sampled, Is.SubsetOf(done));

        var resumed = await CliProcess.RunAsync(work, [.. args, "--resume"]);
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Error);
        Assert.That(ResultFiles.ReadLines<ProblemRecord>(Path.Combine(work, "out", "problems.jsonl")).Count(), Is.EqualTo(300));
        Assert.That(File.ReadAllText(Path.Combine(work, "out", "summary.json")), Does.Contain("\"complete\": true"));
    }
}

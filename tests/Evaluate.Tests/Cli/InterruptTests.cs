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

    [Test]
    public async Task Ctrl_c_writes_a_consistent_partial_run_that_resume_completes()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("sends a POSIX signal");
        var work = TestRuns.NewDirectory();
        // 700 puzzles: long enough that a test host slowed by parallel fixtures still signals mid-run (300 once finished first).
        string[] args = ["run", "--suite", "game24", "--split", "all", "--limit", "700", "--strategy", "tot-bfs", "--concurrency", "1", "--out", "out"];
        using (var process = CliProcess.Start(work, args))
        {
            var problems = Path.Combine(work, "out", "problems.jsonl");
            // The signal is sent from a thread of its own: a poll on the thread pool of a test host busy with parallel
            // fixtures woke too late twice (the child had finished every problem).
            var sent = -1;
            var signaller = new Thread(() =>
            {
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < deadline && !process.HasExited && (!File.Exists(problems) || new FileInfo(problems).Length < 1000)) Thread.Sleep(10);
                sent = Kill(process.Id, SigInt);
            }) { IsBackground = true };
            signaller.Start();
            signaller.Join();
            Assert.That(sent, Is.EqualTo(0));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.That(process.ExitCode, Is.EqualTo(130), await process.StandardError.ReadToEndAsync());
        }
        var summary = File.ReadAllText(Path.Combine(work, "out", "summary.json"));
        Assert.That(summary, Does.Contain("\"complete\": false"));
        var done = ResultFiles.ReadLines<ProblemRecord>(Path.Combine(work, "out", "problems.jsonl")).Select(p => p.ProblemId).ToHashSet();
        var sampled = ResultFiles.ReadLines<SampleRecord>(Path.Combine(work, "out", "samples.jsonl")).Select(s => s.ProblemId).ToHashSet();
        Assert.That(done.Count, Is.InRange(1, 699));
        Assert.That(sampled, Is.SubsetOf(done));

        var resumed = await CliProcess.RunAsync(work, [.. args, "--resume"]);
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Error);
        Assert.That(ResultFiles.ReadLines<ProblemRecord>(Path.Combine(work, "out", "problems.jsonl")).Count(), Is.EqualTo(700));
        Assert.That(File.ReadAllText(Path.Combine(work, "out", "summary.json")), Does.Contain("\"complete\": true"));
    }
}

using System.Text.Json;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>
/// A run directory is written by one process at a time: a second run or resume of it exits 2 naming the holder (pid,
/// host, start time) instead of crashing on a file lock or interleaving journals; a lock whose holder is gone is taken
/// over with a note.
/// </summary>
public sealed class RunDirectoryLockTests
{
    /// <summary>A model that answers only when released, so a run can be held open without any clock.</summary>
    private sealed class GatedModel : IModelAdapter
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("gated", "answers when released");
        public bool SupportsContinuation => false;
        public Task Started => _started.Task;
        public void Release() => _released.TrySetResult();

        public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
            return new GenerationResult([new Completion("The answer is 2.", null, "stop", new TokenUsage(1, 1, 0))]);
        }
    }

    private static (Evaluate.Composition.Registries Registries, GatedModel Model) Gated()
    {
        var model = new GatedModel();
        var registries = Evaluate.Composition.Registries.CreateDefault();
        registries.Models.Register(new("gated", "answers when released", [], (_, _) => model));
        return (registries, model);
    }

    private static string[] GatedRun(string output) => ["run", "--model", "gated", "--suite", "probes", "--limit", "2", "--strategy", "greedy", "--out", output];

    [Test]
    public async Task A_second_resume_of_a_running_directory_exits_2_naming_the_holder()
    {
        var output = TestRuns.NewDirectory();
        var (registries, model) = Gated();
        var first = InProcessCli.RunAsync(registries, GatedRun(output));
        await model.Started;
        try
        {
            foreach (var second in new[] { GatedRun(output), [.. GatedRun(output), "--resume"] })
            {
                var (code, _, error) = await InProcessCli.RunAsync(registries, second);
                FailureAssert.Expected(code, error, $"pid {Environment.ProcessId} on {Environment.MachineName}, started ");
                Assert.That(code, Is.EqualTo(2));
            }
        }
        finally
        {
            model.Release();
        }
        var (firstCode, _, firstError) = await first;
        Assert.That(firstCode, Is.Zero, firstError);
        Assert.That(File.Exists(Path.Combine(output, RunDirectoryLock.FileName)), Is.False, "the lock goes with its run");
        Assert.That(RunDirectory.Open(output).ReadSummary().Complete, Is.True);
    }

    [Test, Category(TestCategories.Process)]
    public async Task Another_process_resuming_a_running_directory_exits_2_naming_the_holder()
    {
        var work = TestRuns.NewDirectory();
        var output = Path.Combine(work, "out");
        var (registries, model) = Gated();
        var first = InProcessCli.RunAsync(registries, GatedRun(output));
        await model.Started;
        try
        {
            var (code, _, error) = await CliProcess.RunAsync(work, "run", "--suite", "probes", "--limit", "2", "--out", output, "--resume");
            FailureAssert.Expected(code, error, $"pid {Environment.ProcessId} on {Environment.MachineName}", work);
        }
        finally
        {
            model.Release();
        }
        Assert.That((await first).ExitCode, Is.Zero);
    }

    [Test]
    public async Task A_lock_left_by_a_dead_process_or_a_reused_pid_is_taken_over_with_a_note()
    {
        var here = LockHolder.OfThisProcess();
        foreach (var stale in new[] { here with { Pid = int.MaxValue }, here with { ProcessStartedUtc = here.ProcessStartedUtc.AddHours(-1) } })
        {
            var output = TestRuns.NewDirectory();
            Directory.CreateDirectory(output);
            File.WriteAllBytes(Path.Combine(output, RunDirectoryLock.FileName), JsonSerializer.SerializeToUtf8Bytes(stale));
            var (code, text, error) = await InProcessCli.RunAsync("run", "--suite", "game24", "--limit", "3", "--out", output);
            Assert.That(code, Is.Zero, error);
            Assert.That(text, Does.Contain($"note: taking over {Path.Combine(output, RunDirectoryLock.FileName)}").And.Contain($"pid {stale.Pid}"));
            Assert.That(File.Exists(Path.Combine(output, RunDirectoryLock.FileName)), Is.False);
        }
    }

    [Test]
    public async Task A_lock_held_on_another_host_is_not_taken_over()
    {
        var output = TestRuns.NewDirectory();
        Directory.CreateDirectory(output);
        var holder = LockHolder.OfThisProcess() with { Host = "another-node-" + Guid.NewGuid().ToString("N")[..6] };
        File.WriteAllBytes(Path.Combine(output, RunDirectoryLock.FileName), JsonSerializer.SerializeToUtf8Bytes(holder));
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "game24", "--limit", "3", "--out", output);
        FailureAssert.Expected(code, error, holder.Host);
        Assert.That(error, Does.Contain("delete " + Path.Combine(output, RunDirectoryLock.FileName)));
        Assert.That(Directory.EnumerateFiles(output).Select(Path.GetFileName), Is.EqualTo(new[] { RunDirectoryLock.FileName }), "nothing else written");
    }

    [Test]
    public async Task A_merge_into_a_directory_another_process_writes_exits_2_naming_it()
    {
        var work = TestRuns.NewDirectory();
        var shards = new[] { Path.Combine(work, "s0"), Path.Combine(work, "s1") };
        for (var i = 0; i < 2; i++)
        {
            var (shardCode, _, shardError) = await InProcessCli.RunAsync("run", "--suite", "game24", "--limit", "6", "--shard", $"{i}/2", "--out", shards[i]);
            Assert.That(shardCode, Is.Zero, shardError);
        }
        var merged = Path.Combine(work, "merged");
        Directory.CreateDirectory(merged);
        using (var held = RunDirectoryLock.Acquire(merged, TextWriter.Null))
        {
            var (code, _, error) = await InProcessCli.RunAsync("merge", shards[0], shards[1], "--out", merged);
            FailureAssert.Expected(code, error, $"pid {Environment.ProcessId}");
            Assert.That(Directory.EnumerateFiles(merged).Select(Path.GetFileName), Is.EqualTo(new[] { RunDirectoryLock.FileName }));
        }
        var (again, _, againError) = await InProcessCli.RunAsync("merge", shards[0], shards[1], "--out", merged);
        Assert.That(again, Is.Zero, againError);
    }
}

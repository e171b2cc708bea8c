using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Running;

public sealed class RunnerTests
{
    [Test]
    public async Task Same_seed_writes_identical_files_at_any_concurrency()
    {
        var first = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 1);
        var second = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 4);
        Assert.That(File.ReadAllBytes(second.Samples), Is.EqualTo(File.ReadAllBytes(first.Samples)));
        Assert.That(File.ReadAllBytes(second.Problems), Is.EqualTo(File.ReadAllBytes(first.Problems)));
        Assert.That(File.ReadAllLines(first.Samples), Has.Length.EqualTo(20 + 20 * 4));
    }

    [Test]
    public async Task Another_seed_gives_other_samples()
    {
        var first = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 2, seed: 1);
        var second = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 2, seed: 2);
        Assert.That(File.ReadAllText(second.Samples), Is.Not.EqualTo(File.ReadAllText(first.Samples)));
    }

    [Test]
    public async Task Samples_carry_grading_vote_classes_and_tokens()
    {
        var files = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 2);
        var samples = ResultFiles.ReadLines<SampleRecord>(files.Samples).ToList();
        Assert.That(samples.All(s => s.Gold == "24" && s.PromptTokens > 0 && s.CompletionTokens > 0), Is.True);
        Assert.That(samples.Where(s => s.Extracted is not null).All(s => s.AnswerClass >= 0 && s.AnswerClass <= s.SampleIndex), Is.True);
        Assert.That(samples.Any(s => s.Correct) && samples.Any(s => !s.Correct), Is.True);
        Assert.That(samples.All(s => s.Analysis is not null), Is.True);
        var greedy = samples.Where(s => s.Strategy.StartsWith("greedy", StringComparison.Ordinal)).ToList();
        Assert.That(greedy.All(s => s.Selected), Is.True);
    }

    [Test]
    public async Task Resume_after_interruption_completes_the_same_results()
    {
        var reference = await TestRuns.RunAsync(TestRuns.NewDirectory(), concurrency: 2);
        var directory = TestRuns.NewDirectory();
        using var cancel = new CancellationTokenSource();
        var (suite, problems) = TestRuns.Game24(20);
        var sim = new CancellingModel(TestRuns.Sim(suite, problems), callsBeforeCancel: 7, cancel);
        var settings = new RunSettings { RunName = "test", OutputDirectory = directory, Concurrency = 1 };
        Assert.CatchAsync<OperationCanceledException>(() => new EvaluationRunner(settings).RunAsync(
            [new RunCell(sim, suite, problems, new GreedyStrategy()), new RunCell(sim, suite, problems, new SampleStrategy(4, 0.8))], cancel.Token));
        var partial = ResultFiles.ReadLines<ProblemRecord>(Path.Combine(directory, "problems.jsonl")).Count();
        Assert.That(partial, Is.InRange(1, 19));

        Assert.ThrowsAsync<Evaluate.Core.UsageException>(() => TestRuns.RunAsync(directory, concurrency: 2));
        await TestRuns.RunAsync(directory, concurrency: 2, resume: true);
        Assert.That(Sorted(Path.Combine(directory, "samples.jsonl")), Is.EqualTo(Sorted(reference.Samples)));
        Assert.That(Sorted(Path.Combine(directory, "problems.jsonl")), Is.EqualTo(Sorted(reference.Problems)));
    }

    [Test]
    public async Task A_failing_model_call_is_recorded_and_the_run_goes_on()
    {
        var (suite, problems) = TestRuns.Game24(5);
        var failing = new FailingModel(TestRuns.Sim(suite, problems), failOnCall: 2);
        var directory = TestRuns.NewDirectory();
        var runner = new EvaluationRunner(new RunSettings { RunName = "test", OutputDirectory = directory, Concurrency = 1 });
        await runner.RunAsync([new RunCell(failing, suite, problems, new GreedyStrategy())], CancellationToken.None);
        var records = ResultFiles.ReadLines<ProblemRecord>(runner.Files.Problems).ToList();
        Assert.That(records, Has.Count.EqualTo(5));
        Assert.That(records.Count(r => r.Error is not null), Is.EqualTo(1));
        Assert.That(records[1].Error, Does.Contain("server exploded"));
    }

    private static string[] Sorted(string path) => File.ReadAllLines(path).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Cancels the run after a number of calls, as Ctrl+C would.</summary>
    private sealed class CancellingModel(IModelAdapter inner, int callsBeforeCancel, CancellationTokenSource cancel) : DelegatingModelAdapter(inner)
    {
        private int _calls;

        public override Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == callsBeforeCancel) cancel.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            return base.GenerateAsync(request, cancellationToken);
        }
    }

    private sealed class FailingModel(IModelAdapter inner, int failOnCall) : DelegatingModelAdapter(inner)
    {
        private int _calls;

        public override Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == failOnCall
                ? throw new ModelCallException("server exploded", isTransient: false, statusCode: 500)
                : base.GenerateAsync(request, cancellationToken);
    }
}

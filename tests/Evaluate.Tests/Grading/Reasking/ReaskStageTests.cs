using Evaluate.Core.Grading.Reasking;
using Evaluate.Core.Models;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Tests.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Grading.Reasking;

/// <summary>
/// The re-ask stage inside the runner, with a scripted model whose odd samples end without an answer: exactly those are
/// re-asked, once each, at temperature 0 with the small token limit; their calls and tokens are the problem's; the
/// recorded response stays the original; a failed re-ask fails the problem.
/// </summary>
public sealed class ReaskStageTests
{
    private const string Answer = "Answer: (1 + 1) * 12 = 24";
    private const int N = 4;

    /// <summary>Even samples answer; odd ones trail off. A re-ask gets the answer line (or whatever <paramref name="reask"/> says).</summary>
    private static ScriptedModel Model(Func<string>? reask = null) => new((request, seed) =>
        request.Messages[^1].Content.Contains(ReaskPrompt.Instruction, StringComparison.Ordinal)
            ? reask?.Invoke() ?? Answer
            : seed % 2 == 0 ? "Trying the numbers.\n" + Answer : "Trying the numbers, then maybe");

    private static async Task<(IReadOnlyList<ProblemRecord> Problems, IReadOnlyList<SampleRecord> Samples)> RunAsync(ScriptedModel model, bool reask, int limit = 3)
    {
        var (suite, problems) = TestRuns.Game24(limit);
        var directory = TestRuns.NewDirectory();
        var settings = new RunSettings { RunName = "reask", OutputDirectory = directory, Concurrency = 1, Reask = reask ? new ReaskSettings() : null };
        var runner = new EvaluationRunner(settings);
        await runner.RunAsync([new RunCell(model, suite, problems, new SampleStrategy(N, 0.8))], CancellationToken.None);
        return (ResultFiles.ReadLines<ProblemRecord>(runner.Files.Problems).ToList(), ResultFiles.ReadLines<SampleRecord>(runner.Files.Samples).ToList());
    }

    private static bool IsReask(GenerationRequest r) => r.Messages[^1].Content.Contains(ReaskPrompt.Instruction, StringComparison.Ordinal);

    [Test]
    public async Task Only_answerless_samples_are_reasked_once_each_at_temperature_zero()
    {
        var model = Model();
        var (problems, samples) = await RunAsync(model, reask: true);
        var answerless = samples.Count(s => s.Response.EndsWith("maybe", StringComparison.Ordinal));
        Assert.That(answerless, Is.EqualTo(problems.Count * N / 2), "the script: odd seeds trail off");
        var reasks = model.Requests.Where(IsReask).ToList();
        Assert.That(reasks, Has.Count.EqualTo(answerless));
        Assert.That(reasks.Select(r => (r.N, r.Temperature, r.MaxTokens)).Distinct(), Is.EqualTo(new[] { (1, 0.0, ReaskPrompt.MaxTokens) }));
        foreach (var s in samples)
        {
            var trailed = s.Response.EndsWith("maybe", StringComparison.Ordinal);
            Assert.That(s.Reasked, Is.EqualTo(trailed), $"sample {s.SampleIndex} of {s.ProblemId}");
            Assert.That(s.Reask is not null, Is.EqualTo(trailed));
            Assert.That(s.Extracted, Is.Not.Null, "every sample now has an answer: its own or its re-ask's");
            if (trailed) Assert.That(s.Reask!.Response, Is.EqualTo(Answer));
        }
        Assert.That(problems.Select(p => p.Reask!.Samples), Is.All.EqualTo(N / 2));
        Assert.That(problems.Select(p => p.Reask!.Recovered), Is.All.EqualTo(N / 2));
    }

    [Test]
    public async Task Reask_calls_and_tokens_are_added_to_the_problems_compute()
    {
        var (without, plainSamples) = await RunAsync(Model(), reask: false);
        var (with, samples) = await RunAsync(Model(), reask: true);
        Assert.That(samples.Select(s => s.Response), Is.EqualTo(plainSamples.Select(s => s.Response)), "the original responses are never altered");
        for (var i = 0; i < with.Count; i++)
        {
            var tally = with[i].Reask!;
            Assert.That(tally.Calls, Is.EqualTo(N / 2));
            Assert.That(with[i].ModelCalls, Is.EqualTo(without[i].ModelCalls + tally.Calls));
            Assert.That(with[i].PromptTokens, Is.EqualTo(without[i].PromptTokens + tally.PromptTokens));
            Assert.That(with[i].CompletionTokens, Is.EqualTo(without[i].CompletionTokens + tally.CompletionTokens));
            var recorded = samples.Where(s => s.ProblemId == with[i].ProblemId && s.Reask is not null).ToList();
            Assert.That(tally.PromptTokens, Is.EqualTo(recorded.Sum(s => (long)s.Reask!.PromptTokens)).And.GreaterThan(0));
            Assert.That(tally.CompletionTokens, Is.EqualTo(recorded.Sum(s => (long)s.Reask!.CompletionTokens)).And.GreaterThan(0));
        }
    }

    [Test]
    public async Task Without_reask_nothing_is_asked_again_and_nothing_is_recorded()
    {
        var model = Model();
        var (problems, samples) = await RunAsync(model, reask: false);
        Assert.That(model.Requests.Where(IsReask), Is.Empty);
        Assert.That(problems.Select(p => p.Reask), Is.All.Null);
        Assert.That(samples.Where(s => s.Reasked || s.Reask is not null), Is.Empty);
        Assert.That(samples.Count(s => s.Extracted is null), Is.EqualTo(problems.Count * N / 2));
    }

    [Test]
    public async Task A_failed_reask_call_fails_its_problem_never_leaving_a_wrong_answer()
    {
        var model = Model(() => throw new ModelCallException("server said 500", isTransient: true));
        var (problems, samples) = await RunAsync(model, reask: true, limit: 2);
        Assert.That(samples, Is.Empty, "a problem that errored writes no sample");
        Assert.That(problems.Select(p => p.Error), Has.All.Contains("re-ask of sample ").And.All.Contains("server said 500"));
        Assert.That(problems.Select(p => p.CallErrors), Is.All.EqualTo(1), "the first re-ask failed; no other was tried");
        var strategyCalls = model.Requests.Count(r => !IsReask(r)) / problems.Count;
        Assert.That(problems.Select(p => p.ModelCalls), Is.All.EqualTo(strategyCalls).And.All.GreaterThan(0), "the strategy's calls are still counted");
    }

    [Test]
    public async Task A_reply_without_an_answer_leaves_the_sample_answerless_and_counts_it_unrecovered()
    {
        var (problems, samples) = await RunAsync(Model(() => "I cannot say."), reask: true, limit: 1);
        Assert.That(problems.Single().Reask, Is.EqualTo(new ReaskTally
        {
            Samples = N / 2, Recovered = 0, Calls = N / 2,
            PromptTokens = problems.Single().Reask!.PromptTokens, CompletionTokens = problems.Single().Reask!.CompletionTokens,
        }));
        Assert.That(samples.Where(s => s.Reasked).Select(s => (s.Extracted, s.Correct, s.Reason)), Is.All.EqualTo((null as string, false, "no-answer")));
    }
}

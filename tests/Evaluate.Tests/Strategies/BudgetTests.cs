using Evaluate.Tests.Support;
using Evaluate.Adapters.Rewards;
using Evaluate.Core.Components;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class BudgetTests
{
    [Test, Combinatorial]
    public async Task Strategies_never_exceed_the_call_budget(
        [ValueSource(typeof(StrategySpecs), nameof(StrategySpecs.All))] string spec, [Values(1, 3, 7)] int maxCalls)
    {
        foreach (var problem in Game24Fixture.Problems(3))
        {
            var context = Game24Fixture.Context(problem, Game24Fixture.Model(count: 3), Reward(), new ComputeBudget(MaxCallsPerProblem: maxCalls));
            var outcome = await Components.Strategy(spec).SolveAsync(context, CancellationToken.None);
            var spent = ((MeteredModel)context.Model).Spent;
            Assert.That(spent.ModelCalls, Is.LessThanOrEqualTo(maxCalls), $"{spec} on {problem.Id}");
            Assert.That(spent.ModelCalls, Is.GreaterThan(0));
            if (outcome.SelectedIndex is { } i) Assert.That(i, Is.InRange(0, outcome.Candidates.Count - 1));
        }
    }

    [Test, Combinatorial]
    public async Task Strategies_never_exceed_the_token_budget(
        [ValueSource(typeof(StrategySpecs), nameof(StrategySpecs.All))] string spec, [Values(400, 900, 3000)] long maxTokens)
    {
        foreach (var problem in Game24Fixture.Problems(3))
        {
            var context = Game24Fixture.Context(problem, Game24Fixture.Model(count: 3), Reward(), new ComputeBudget(MaxTokensPerProblem: maxTokens));
            await Components.Strategy(spec).SolveAsync(context, CancellationToken.None);
            var spent = ((MeteredModel)context.Model).Spent;
            Assert.That(spent.TotalTokens, Is.LessThanOrEqualTo(maxTokens), $"{spec} on {problem.Id}");
        }
    }

    [Test]
    public async Task A_request_is_clamped_to_the_remaining_tokens_and_refused_when_nothing_fits()
    {
        var model = new ScriptedModel((_, _) => string.Join(' ', Enumerable.Repeat("word", 500)));
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), null,
            new ComputeBudget(MaxTokensPerProblem: 100), 1, 4096);
        var guard = ComputeGuard.For(context);
        var request = new Evaluate.Core.Models.GenerationRequest { Messages = new AnswerSuite().RenderPrompt(context.Problem), N = 2, MaxTokens = 4096 };
        var first = await guard.TryGenerateAsync(request, CancellationToken.None);
        var prompt = ComputeGuard.EstimatePromptTokens(request);
        Assert.That(model.Requests[0].MaxTokens, Is.EqualTo((100 - prompt) / 2));
        Assert.That(first, Has.Count.EqualTo(2));
        Assert.That(guard.Meter.Spent.TotalTokens, Is.LessThanOrEqualTo(100));
        Assert.That(await guard.TryGenerateAsync(request, CancellationToken.None), Is.Null);
        Assert.That(model.Requests, Has.Count.EqualTo(1));
    }

    private static Evaluate.Core.Rewards.IRewardModel Reward() =>
        Components.Reward("sim:d=2", Game24Fixture.Suite, 1, Game24Fixture.Model());
}

using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Strategies;
using Evaluate.Onnx.Tests.Fixtures;

namespace Evaluate.Onnx.Tests.Strategies;

/// <summary>
/// Budget forcing on the in-process ONNX adapter with the test-built bigram model, which continues any prefix: the plain
/// model thinks "The answer is 24." and ends (end of text), so a floor above that is met with exactly the allowed
/// "Wait"s; the endless variant never ends its thought, so the cap ends it, at exactly the cap as the run's counter
/// counts (the model's own tokens differ from the counter's, so the strategy tops the thought up to the cap).
/// </summary>
public sealed class BudgetForcingOnnxTests
{
    private static readonly ApproximateTokenCounter Counter = ApproximateTokenCounter.Instance;
    private TempFolder _plain = null!;
    private TempFolder _endless = null!;

    [OneTimeSetUp]
    public void Write()
    {
        _plain = new TempFolder();
        _endless = new TempFolder();
        BigramModel.Write(_plain.Path, new BigramVariant(KeyValueCache: true));
        BigramModel.Write(_endless.Path, new BigramVariant(KeyValueCache: true, Endless: true));
    }

    [OneTimeTearDown]
    public void Delete()
    {
        _plain.Dispose();
        _endless.Dispose();
    }

    [TestCase(0)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task A_thought_below_the_floor_gets_exactly_the_allowed_Waits(int waits)
    {
        using var model = Specs.Model(_plain.Path);
        var sample = await ForceAsync(model, new BudgetForcingOptions { MaxThinking = 1000, MinThinking = 900, Wait = waits, AnswerTokens = 16 });

        var thought = string.Join("Wait", Enumerable.Repeat(BigramModel.GreedyText, waits + 1));
        Assert.That(sample.Completion.Reasoning, Is.EqualTo(thought), "each continuation after \"Wait\" thinks the same sentence again");
        Assert.That((sample.Waits, sample.Capped), Is.EqualTo((waits, false)));
        Assert.That(sample.Completion.Usage.ReasoningTokens, Is.EqualTo(Counter.CountTokens(thought)));
        Assert.That(sample.Completion.Text, Is.EqualTo(BigramModel.GreedyText), "the answer after the closed thought");
    }

    [TestCase(1)]
    [TestCase(12)]
    [TestCase(97)]
    public async Task The_cap_ends_an_endless_thought_at_exactly_the_cap(int cap)
    {
        using var model = Specs.Model(_endless.Path);
        var sample = await ForceAsync(model, new BudgetForcingOptions { MaxThinking = cap, AnswerTokens = 8 });

        Assert.That(sample.Capped, Is.True);
        Assert.That(sample.ThinkingTokens, Is.EqualTo(cap));
        Assert.That(Counter.CountTokens(sample.Completion.Reasoning!), Is.EqualTo(cap));
        Assert.That(sample.Completion.Usage.ReasoningTokens, Is.EqualTo(cap));
        Assert.That(sample.Completion.Reasoning, Does.StartWith("The answer is 24.The answer"[..Math.Min(cap, 3)]));
        Assert.That(sample.Completion.Text, Does.StartWith("Final Answer:The"), "the answer asked for as s1 does, and written by the model");
        Assert.That(sample.Completion.Truncated, Is.True, "the endless model fills its answer budget too");
    }

    private static async Task<ForcedSample> ForceAsync(IModelAdapter model, BudgetForcingOptions options)
    {
        var metered = new MeteredModel(model);
        var context = new SolveContext(NumberSuite.Problem, new NumberSuite(), metered, null, ComputeBudget.Unlimited, 3, 256);
        var sample = await new ForcedThought(new ComputeGuard(metered, ComputeBudget.Unlimited, null), context, options, Counter).RunAsync(3, CancellationToken.None);
        // The strategy over the same model gives the same sample and records it in its notes.
        var outcome = await new BudgetForcingStrategy(options, Counter).SolveAsync(context, CancellationToken.None);
        Assert.That(outcome.Candidates.Single().Completion, Is.EqualTo(sample!.Completion));
        Assert.That(outcome.Notes!["thinking_tokens"], Is.EqualTo(sample.ThinkingTokens.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return sample;
    }
}

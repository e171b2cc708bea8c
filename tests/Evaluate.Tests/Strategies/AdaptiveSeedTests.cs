using Evaluate.Core.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Strategies;

public sealed class AdaptiveSeedTests
{
    /// <summary>Sample with seed s answers letter (s - 100) of a disagreeing pattern, so the fast path escalates.</summary>
    private static ScriptedModel Disagreeing() => new((_, seed) => $"Work.\nAnswer: {"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[(int)(seed - 100) % 26]}");

    private static List<long> SeedsDrawn(ScriptedModel model) =>
        model.Requests.SelectMany(r => Enumerable.Range(0, r.N).Select(i => r.Seed + i)).ToList();

    [TestCase("adaptive:first=3,n=8,escalate=sample")]
    [TestCase("adaptive:first=3,n=8,escalate=majority")]
    [TestCase("adaptive:first=2,n=6,escalate=best-of-n")]
    public async Task Every_sample_of_an_escalated_problem_has_its_own_seed(string spec)
    {
        // Regression: the escalation used to get the seed the fast path had already used, so its first samples were
        // drawn again (the same text counted twice in votes and paid for twice).
        var model = Disagreeing();
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model),
            new TableReward(_ => 0.5), ComputeBudget.Unlimited, 100, 256);
        var outcome = await Components.Strategy(spec).SolveAsync(context, CancellationToken.None);

        var seeds = SeedsDrawn(model);
        Assert.That(outcome.Notes!["escalated"], Is.EqualTo("true"));
        Assert.That(seeds, Is.Unique, "no seed is drawn twice");
        Assert.That(outcome.Candidates.Select(c => c.Completion.Text), Is.Unique, "no sample is a copy of another");
        Assert.That(seeds.Min(), Is.EqualTo(100));
    }
}

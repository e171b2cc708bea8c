using Evaluate.Core.Metrics;
using Evaluate.Core.Search;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class BeamSearchTests
{
    private const int FinalDepth = 3;

    /// <summary>Depth = steps already in the prefix; below <see cref="FinalDepth"/> a step named by depth and seed, then an answer.</summary>
    private static ScriptedModel StepModel() => new((request, seed) =>
    {
        var depth = Depth(request.AssistantPrefix);
        return depth < FinalDepth ? $"step {depth} seed {seed}\n\nrest of the text" : $"Answer: {(seed % 2 == 0 ? "A" : "B")}";
    });

    private static int Depth(string? prefix) => string.IsNullOrEmpty(prefix) ? 0 : (prefix.Length - prefix.Replace("\n\n", "").Length) / 2;

    private static TableReward Scores() => new(text => (StableHash.Of(text) % 100) / 100.0);

    [TestCase(1, 4)]
    [TestCase(2, 3)]
    [TestCase(4, 4)]
    public async Task Beam_never_exceeds_its_width_and_expands_each_beam_once_per_depth(int beams, int expand)
    {
        var model = StepModel();
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), Scores(), ComputeBudget.Unlimited, 1, 256);
        var outcome = await new BeamSearchStrategy(beams, expand, 10, StepAggregation.Min, 0.8).SolveAsync(context, CancellationToken.None);

        var requests = model.Requests;
        foreach (var depth in requests.GroupBy(r => Depth(r.AssistantPrefix)))
            Assert.That(depth.Count(), Is.LessThanOrEqualTo(beams), $"active beams at depth {depth.Key}");
        Assert.That(requests.Select(r => r.N), Is.All.EqualTo(expand));
        Assert.That(requests.Select(r => r.Stop), Is.All.EqualTo(new[] { "\n\n" }));
        Assert.That(requests.Count(r => Depth(r.AssistantPrefix) == 0), Is.EqualTo(1));
        Assert.That(outcome.Candidates, Has.Count.InRange(1, beams));
        Assert.That(((MeteredModel)context.Model).Spent.RewardCalls, Is.EqualTo(requests.Count * expand), "one PRM call per expansion");
        Assert.That(outcome.Candidates.Select(c => c.StepScores!.Count), Is.All.EqualTo(FinalDepth + 1));
        var best = outcome.Candidates.Max(c => c.Score);
        Assert.That(outcome.Candidates[outcome.SelectedIndex!.Value].Score, Is.EqualTo(best));
    }

    [Test]
    public async Task Paths_are_continued_through_the_assistant_prefix()
    {
        var model = StepModel();
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), Scores(), ComputeBudget.Unlimited, 1, 256);
        var outcome = await new BeamSearchStrategy(2, 2, 10, StepAggregation.Last, 0.8).SolveAsync(context, CancellationToken.None);
        var deepest = model.Requests.Select(r => r.AssistantPrefix ?? "").MaxBy(p => p.Length)!;
        Assert.That(deepest, Does.Match(@"^step 0 seed \d+\n\nstep 1 seed \d+\n\nstep 2 seed \d+\n\n$"));
        Assert.That(outcome.Candidates[0].Completion.Text, Does.EndWith("Answer: A").Or.EndWith("Answer: B"));
    }

    [Test]
    public async Task Depth_limit_ends_the_search_with_unfinished_paths_as_candidates()
    {
        var model = StepModel();
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), Scores(), ComputeBudget.Unlimited, 1, 256);
        var outcome = await new BeamSearchStrategy(2, 2, 2, StepAggregation.Min, 0.8).SolveAsync(context, CancellationToken.None);
        Assert.That(outcome.Candidates, Has.Count.EqualTo(2));
        Assert.That(outcome.Candidates.Select(c => c.Completion.FinishReason), Is.All.EqualTo("search-limit"));
        Assert.That(model.Requests.Max(r => Depth(r.AssistantPrefix)), Is.EqualTo(1));
    }
}

using Evaluate.Core.Puzzles.Game24;
using System.Globalization;
using Evaluate.Core.Metrics;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Search;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;

namespace Evaluate.Tests.Strategies;

public sealed class TreeOfThoughtsTests
{
    private const int Proposals = 4;

    /// <summary>Hooks with tagged prompts, so a scripted model can tell the call kinds apart.</summary>
    private sealed class TaggedHooks : IThoughtHooks
    {
        public int Steps => 3;
        public IReadOnlyList<ChatMessage> ProposePrompt(Problem problem, string state) => [ChatMessage.User("PROPOSE|" + state)];
        public IReadOnlyList<string> ParseProposals(string response) => response.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        public IReadOnlyList<ChatMessage> ValuePrompt(Problem problem, string state) => [ChatMessage.User("VALUE|" + state)];
        public double ParseValue(string response) => double.Parse(response, CultureInfo.InvariantCulture);
        public IReadOnlyList<ChatMessage> FinalPrompt(Problem problem, string state) => [ChatMessage.User("FINAL|" + state)];
        public IReadOnlyList<ChatMessage> FinalValuePrompt(Problem problem, string state, string answer) => [ChatMessage.User("FINALVALUE|" + state)];
    }

    private sealed class ThoughtSuite : ISuite, IThoughtHooksProvider
    {
        private readonly AnswerSuite _inner = new();
        public string Name => "thoughts";
        public string Version => "1";
        public string Description => "scripted thoughts";
        public IReadOnlyList<DatasetFileInfo> DataFiles => [];
        public IAnswerChecker Checker => _inner.Checker;
        public IThoughtHooks ThoughtHooks { get; } = new TaggedHooks();
        public IReadOnlyList<Problem> Load(ProblemSelection selection) => [AnswerSuite.Problem()];
        public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => [ChatMessage.User(problem.Text)];
    }

    private static string Kind(GenerationRequest r) => r.Messages[0].Content.Split('|')[0];

    /// <summary>Every state proposes four distinct children; values and answers are fixed functions of the state text.</summary>
    private static ScriptedModel ThoughtModel() => new((request, seed) =>
    {
        var content = request.Messages[0].Content;
        var state = content[(content.IndexOf('|') + 1)..];
        return Kind(request) switch
        {
            "PROPOSE" => string.Join('\n', Enumerable.Range(0, Proposals).Select(k => $"t{StableHash.Of(state) % 997}.{k}")),
            "VALUE" or "FINALVALUE" => (StableHash.Of(state) % 50).ToString(CultureInfo.InvariantCulture),
            _ => "Answer: A",
        };
    });

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(5)]
    public async Task Bfs_reproduces_the_paper_call_pattern(int breadth)
    {
        var model = ThoughtModel();
        var context = new SolveContext(AnswerSuite.Problem(), new ThoughtSuite(), new MeteredModel(model), null, ComputeBudget.Unlimited, 1, 256);
        var outcome = await new TreeOfThoughtsStrategy(false, breadth, 3, 0.7).SolveAsync(context, CancellationToken.None);

        var requests = model.Requests;
        // Kept states per step: 1 before step 1, then min(b, proposals) after each step.
        var kept = new[] { 1, Math.Min(breadth, Proposals), Math.Min(breadth, Math.Min(breadth, Proposals) * Proposals) };
        var final = Math.Min(breadth, kept[2] * Proposals);
        Assert.That(requests.Count(r => Kind(r) == "PROPOSE"), Is.EqualTo(kept.Sum()), "one propose call per kept state per step");
        Assert.That(requests.Count(r => Kind(r) == "VALUE"), Is.EqualTo(kept.Sum() * Proposals), "one value call per proposed state");
        Assert.That(requests.Where(r => Kind(r) is "VALUE" or "FINALVALUE").Select(r => r.N), Is.All.EqualTo(3), "3 value samples");
        Assert.That(requests.Where(r => Kind(r) is "PROPOSE" or "FINAL").Select(r => r.N), Is.All.EqualTo(1));
        Assert.That(requests.Count(r => Kind(r) == "FINAL"), Is.EqualTo(final));
        Assert.That(requests.Count(r => Kind(r) == "FINALVALUE"), Is.EqualTo(final));
        Assert.That(outcome.Candidates, Has.Count.EqualTo(final));
        Assert.That(outcome.Candidates.Select(c => c.StepScores!.Count), Is.All.EqualTo(3));
    }

    [Test]
    public async Task Bfs_keeps_the_highest_valued_states()
    {
        var model = ThoughtModel();
        var context = new SolveContext(AnswerSuite.Problem(), new ThoughtSuite(), new MeteredModel(model), null, ComputeBudget.Unlimited, 1, 256);
        await new TreeOfThoughtsStrategy(false, 2, 3, 0.7).SolveAsync(context, CancellationToken.None);
        var first = model.Requests.Where(r => Kind(r) == "VALUE").Take(Proposals).Select(r => r.Messages[0].Content[6..]).ToList();
        var expected = first.OrderByDescending(s => StableHash.Of(s) % 50 * 3).Take(2).ToHashSet();
        var expandedAtStep2 = model.Requests.Where(r => Kind(r) == "PROPOSE").Skip(1).Take(2).Select(r => r.Messages[0].Content[8..]).ToHashSet();
        Assert.That(expandedAtStep2, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Bfs_with_a_perfect_simulated_reasoner_solves_game24_puzzles()
    {
        var problems = Game24Fixture.Problems(5);
        var model = Game24Fixture.Model(skill: 1.0, count: 5);
        foreach (var problem in problems)
        {
            var outcome = await new TreeOfThoughtsStrategy(false, 5, 3, 0.7).SolveAsync(Game24Fixture.Context(problem, model), CancellationToken.None);
            var chosen = outcome.Candidates[outcome.SelectedIndex!.Value].Completion.Text;
            Assert.That(Game24Fixture.Suite.Checker.Grade(problem, Game24Fixture.Suite.Checker.Extract(chosen)).Correct, Is.True, $"{problem.Id}: {chosen}");
        }
    }

    [Test]
    public async Task Dfs_stops_at_the_first_accepted_answer()
    {
        var problem = Game24Fixture.Problems(1)[0];
        var outcome = await new TreeOfThoughtsStrategy(true, 5, 3, 0.7).SolveAsync(
            Game24Fixture.Context(problem, Game24Fixture.Model(skill: 1.0, count: 1)), CancellationToken.None);
        Assert.That(outcome.Candidates, Has.Count.EqualTo(1));
        Assert.That(outcome.Candidates[0].Score, Is.GreaterThanOrEqualTo(20));
    }

    [Test]
    public void Simulated_proposals_are_valid_next_steps_of_the_input()
    {
        var hooks = Game24Thoughts.Instance;
        var problem = Game24Fixture.Problems(1)[0];
        var model = Game24Fixture.Model(skill: 0.5, count: 1);
        var response = model.GenerateAsync(new GenerationRequest { Messages = hooks.ProposePrompt(problem, ""), Temperature = 0.7, Seed = 3 },
            CancellationToken.None).Result.Completions[0].Text;
        var proposals = hooks.ParseProposals(response);
        Assert.That(proposals, Has.Count.InRange(1, 8));
        foreach (var line in proposals)
        {
            var state = Game24ThoughtsState.Start(Game24AnswerChecker.Numbers(problem).Select(n => (Fraction)n));
            Assert.That(state.TryApply(line), Is.True, line);
        }
    }

    [Test]
    public void Simulated_values_of_a_perfect_reasoner_match_the_solver()
    {
        var hooks = Game24Thoughts.Instance;
        var problem = Game24Fixture.Problems(1)[0];
        var model = Game24Fixture.Model(skill: 1.0, count: 1);
        foreach (var (state, reachable) in new[] { ("1 + 1 = 2 (left: 2 3 4)\n", true), ("1 + 1 = 2 (left: 1 1 1)\n", false) })
        {
            var response = model.GenerateAsync(new GenerationRequest { Messages = hooks.ValuePrompt(problem, state), Temperature = 0.7, Seed = 1 },
                CancellationToken.None).Result.Completions[0].Text;
            Assert.That(hooks.ParseValue(response), Is.EqualTo(reachable ? 20 : 0.001), state);
        }
    }
}

using Evaluate.Adapters.OpenAI;
using Evaluate.Adapters.Simulated;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Simulated;

/// <summary>
/// The simulated reasoner's thinking and budget forcing on it: thoughts that lengthen with difficulty, a cap that holds
/// exactly, "Wait" as often as forced, accuracy that rises with the thinking budget and with forced re-checks, and the
/// same thoughts whether the prefix arrives as a prefix or inside a rendered prompt (behind serve).
/// </summary>
public sealed class SimulatedThinkingTests
{
    private static readonly ApproximateTokenCounter Counter = ApproximateTokenCounter.Instance;
    private ISuite _suite = null!;
    private IReadOnlyList<Problem> _problems = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _suite = new SuiteCatalog(SharedDatasets.Require()).Create("math500");
        _problems = _suite.Load(new ProblemSelection { Limit = 120 });
    }

    [Test]
    public async Task The_think_option_adds_a_thought_as_reasoning_and_leaves_the_answer_text_as_it_was()
    {
        var plain = Sim();
        var thinking = Sim(think: true);
        foreach (var problem in _problems.Take(20))
        {
            var request = Request(problem, temperature: 0.8, seed: 11);
            var without = (await plain.GenerateAsync(request, CancellationToken.None)).Completions.Single();
            var with = (await thinking.GenerateAsync(request, CancellationToken.None)).Completions.Single();
            Assert.That(without.Reasoning, Is.Null);
            Assert.That(without.Usage.ReasoningTokens, Is.Zero);
            Assert.That(with.Text, Is.EqualTo(without.Text), problem.Id);
            Assert.That(with.Reasoning, Does.Match("^[A-Z]"), "the thought, trimmed, as a reasoning parser returns it");
            Assert.That(with.Reasoning, Does.Not.Contain("<think>").And.Not.Contain("</think>").And.Not.Contain("Wait"));
            Assert.That(with.Usage.ReasoningTokens, Is.EqualTo(Counter.CountTokens(with.Reasoning!)));
        }
    }

    [Test]
    public async Task Thoughts_are_longer_on_harder_problems()
    {
        var sim = Sim(think: true);
        async Task<double> MeanThought(IEnumerable<Problem> problems)
        {
            var tokens = new List<int>();
            foreach (var problem in problems)
                tokens.AddRange((await sim.GenerateAsync(Request(problem, n: 4, temperature: 0.8), CancellationToken.None)).Completions.Select(c => c.Usage.ReasoningTokens));
            return tokens.Average();
        }
        var easy = await MeanThought(_problems.Where(p => p.Meta.Difficulty <= 0.25));
        var hard = await MeanThought(_problems.Where(p => p.Meta.Difficulty >= 0.75));
        Assert.That(hard, Is.GreaterThan(2 * easy), $"easy {easy:0}, hard {hard:0}");
    }

    [Test]
    public async Task A_thought_cut_by_the_token_limit_is_truncated_within_the_limit()
    {
        var completion = (await Sim().GenerateAsync(Request(_problems[0], prefix: "<think>\n", maxTokens: 50), CancellationToken.None)).Completions.Single();
        Assert.That(completion.FinishReason, Is.EqualTo("length"));
        Assert.That(completion.Text, Is.Empty);
        Assert.That(completion.Usage.ReasoningTokens, Is.InRange(1, 50));
    }

    [TestCase(64)]
    [TestCase(700)]
    public async Task Budget_forcing_caps_the_thought_exactly(int cap)
    {
        var samples = await ForceAsync($"budget-forcing:max_thinking={cap}", 30);
        Assert.That(samples.Select(s => s.Completion.Usage.ReasoningTokens), Is.All.LessThanOrEqualTo(cap));
        Assert.That(samples.Select(s => Counter.CountTokens(s.Completion.Reasoning!) == s.Completion.Usage.ReasoningTokens), Is.All.True);
        var capped = samples.Where(s => s.Notes!["capped"] == "true").ToList();
        Assert.That(capped, Is.Not.Empty);
        Assert.That(capped.Select(s => s.Completion.Usage.ReasoningTokens), Is.All.EqualTo(cap), "a capped thought uses the whole budget");
        Assert.That(capped.Select(s => s.Completion.Text), Is.All.StartWith("Final Answer: "));
    }

    [TestCase(1)]
    [TestCase(3)]
    public async Task Forced_Waits_appear_exactly_as_often_as_allowed(int waits)
    {
        var samples = await ForceAsync($"budget-forcing:max_thinking=100000,min_thinking=100000,wait={waits}", 10);
        Assert.That(samples.Select(s => s.Completion.Reasoning!.Split("Wait").Length - 1), Is.All.EqualTo(waits));
        Assert.That(samples.Select(s => s.Completion.Reasoning!.Split("Wait, let me check that again.").Length - 1), Is.All.EqualTo(waits),
            "each Wait is read on as a re-check");
    }

    [Test]
    public async Task Accuracy_rises_with_the_thinking_budget_and_with_forced_rechecks()
    {
        var tight = Accuracy(await ForceAsync("budget-forcing:max_thinking=256", _problems.Count));
        var ample = Accuracy(await ForceAsync("budget-forcing:max_thinking=8192", _problems.Count));
        var rechecked = Accuracy(await ForceAsync("budget-forcing:max_thinking=100000,min_thinking=100000,wait=4", _problems.Count));
        Assert.That(ample, Is.GreaterThan(tight + 0.05), $"256 tokens: {tight:P0}, 8192: {ample:P0}");
        Assert.That(rechecked, Is.GreaterThan(ample + 0.05), $"no Wait: {ample:P0}, four: {rechecked:P0}");
    }

    [Test]
    public async Task A_thought_inside_a_rendered_prompt_is_continued_as_the_same_prefix_is()
    {
        var sim = Sim();
        var messages = _suite.RenderPrompt(_problems[3]);
        const string prefix = "<think>\nOkay, let me restate what";
        var asPrefix = (await sim.GenerateAsync(Request(_problems[3], prefix: prefix), CancellationToken.None)).Completions.Single();
        var rendered = new GenerationRequest { Messages = [ChatMessage.User(ChatMlPromptTemplate.Instance.Render(messages, prefix))], Temperature = 0.8, Seed = 7, MaxTokens = 4096 };
        var inPrompt = (await sim.GenerateAsync(rendered, CancellationToken.None)).Completions.Single();
        Assert.That((inPrompt.Text, inPrompt.Reasoning), Is.EqualTo((asPrefix.Text, asPrefix.Reasoning)));
        Assert.That(asPrefix.Reasoning, Is.Not.Empty);
    }

    private SimulatedReasoner Sim(bool think = false) =>
        new(new SimulatedReasonerOptions(Think: think), new KnownProblems(_problems.Select(p => new KnownProblem(_suite.Name, p, _suite.AnswerForm))), Counter);

    private GenerationRequest Request(Problem problem, int n = 1, double temperature = 0.8, long seed = 7, string? prefix = null, int maxTokens = 4096) =>
        new() { Messages = _suite.RenderPrompt(problem), AssistantPrefix = prefix, N = n, Temperature = temperature, Seed = seed, MaxTokens = maxTokens };

    private async Task<List<Candidate>> ForceAsync(string spec, int problems)
    {
        var strategy = Components.Strategy(spec);
        var sim = Sim();
        var samples = new List<Candidate>();
        foreach (var problem in _problems.Take(problems))
        {
            var context = new SolveContext(problem, _suite, new MeteredModel(sim), null, ComputeBudget.Unlimited, 7, 16384);
            samples.AddRange((await strategy.SolveAsync(context, CancellationToken.None)).Candidates);
        }
        return samples;
    }

    private double Accuracy(IEnumerable<Candidate> samples) =>
        samples.Select((s, i) => _suite.Checker.Grade(_problems[i], _suite.Checker.Extract(s.Completion.Text)).Correct ? 1.0 : 0.0).Average();
}

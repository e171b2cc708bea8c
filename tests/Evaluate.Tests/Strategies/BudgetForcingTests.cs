using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Strategies;

/// <summary>
/// The budget-forcing strategy's protocol with scripted models, where every request it sends can be checked: the cap
/// on thinking tokens holds exactly (also against a model that writes past its token limit), "Wait" is appended as
/// often as allowed while the thought is below the floor, the answer is asked for as s1 does, and models that cannot
/// continue a thought are refused before anything runs.
/// </summary>
public sealed class BudgetForcingTests
{
    private static readonly ApproximateTokenCounter Counter = ApproximateTokenCounter.Instance;

    [Test]
    public async Task A_thought_ended_early_is_extended_with_Wait_as_often_as_allowed_then_answered_as_the_model_would()
    {
        // Each continuation thinks "a b c" and ends the thought; the answer follows a closed thought.
        var model = new ScriptedModel((request, _) => request.AssistantPrefix!.Contains("</think>") ? "Answer: A" : "a b c</think>\n\nAnswer: B");
        var outcome = await Solve(model, "budget-forcing:max_thinking=500,min_thinking=100,wait=2");

        var sample = outcome.Candidates.Single();
        Assert.That(sample.Completion.Reasoning, Is.EqualTo("a b cWaita b cWaita b c"));
        Assert.That(sample.Completion.Text, Is.EqualTo("Answer: A"), "a thought the model ended is answered without \"Final Answer:\"");
        Assert.That(sample.Completion.Usage.ReasoningTokens, Is.EqualTo(Counter.CountTokens("a b cWaita b cWaita b c")));
        Assert.That(sample.Notes, Is.EqualTo(new Dictionary<string, string> { ["thinking_tokens"] = "7", ["waits"] = "2", ["capped"] = "false" }));

        var requests = model.Requests;
        Assert.That(requests.Select(r => r.AssistantPrefix), Is.EqualTo(new[]
        {
            "<think>\n", "<think>\na b cWait", "<think>\na b cWaita b cWait", "<think>\na b cWaita b cWaita b c\n</think>\n\n",
        }));
        Assert.That(requests.Take(3).Select(r => r.Stop.Single()), Is.All.EqualTo("</think>"));
        // Each thinking call may use what is left of the cap; the answer gets its own budget and no stop string.
        Assert.That(requests.Take(3).Select(r => r.MaxTokens), Is.EqualTo(new[] { 500, 500 - Counter.CountTokens("a b cWait"), 500 - Counter.CountTokens("a b cWaita b cWait") }));
        Assert.That((requests[3].MaxTokens, requests[3].Stop.Count), Is.EqualTo((1024, 0)));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(4)]
    public async Task Wait_appears_exactly_as_often_as_allowed_when_the_floor_is_out_of_reach(int waits)
    {
        var model = new ScriptedModel((request, _) => request.AssistantPrefix!.Contains("</think>") ? "Answer: A" : "some thinking here</think>");
        var outcome = await Solve(model, $"budget-forcing:max_thinking=10000,min_thinking=9000,wait={waits}");

        var sample = outcome.Candidates.Single();
        Assert.That(sample.Completion.Reasoning!.Split("Wait").Length - 1, Is.EqualTo(waits));
        Assert.That(model.Requests, Has.Count.EqualTo(waits + 2), "one continuation per Wait, the first thought and the answer");
        Assert.That(outcome.Notes!["waits"], Is.EqualTo(waits.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(1)]
    [TestCase(37)]
    [TestCase(256)]
    public async Task The_cap_holds_exactly_even_when_the_model_writes_past_its_token_limit(int cap)
    {
        var model = new OverrunningModel();
        var outcome = await Solve(model, $"budget-forcing:max_thinking={cap},answer_tokens=50");

        var sample = outcome.Candidates.Single();
        Assert.That(Counter.CountTokens(sample.Completion.Reasoning!), Is.EqualTo(cap), "cut to the cap by the run's counter");
        Assert.That(sample.Completion.Usage.ReasoningTokens, Is.EqualTo(cap));
        Assert.That(sample.Notes!["capped"], Is.EqualTo("true"));
        Assert.That(sample.Completion.Text, Is.EqualTo("Final Answer: 24"));
        Assert.That(model.Requests[^1].AssistantPrefix, Does.EndWith("\n</think>\n\nFinal Answer:"));
        Assert.That(model.Requests[^1].MaxTokens, Is.EqualTo(50));
    }

    [Test]
    public async Task A_thought_cut_by_the_runs_token_limit_thinks_on_until_the_cap()
    {
        // The run allows 40 tokens a call, the cap 150, the model would think 1000: four calls of 40, 40, 40 and 30.
        var model = new WordModel(_ => 1000);
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), null, ComputeBudget.Unlimited, 7, 40);
        var outcome = await Components.Strategy("budget-forcing:max_thinking=150").SolveAsync(context, CancellationToken.None);

        var sample = outcome.Candidates.Single();
        Assert.That(sample.Completion.Usage.ReasoningTokens, Is.EqualTo(150));
        Assert.That(sample.Notes!["capped"], Is.EqualTo("true"));
        Assert.That(model.Requests.Select(r => r.MaxTokens), Is.EqualTo(new[] { 40, 40, 40, 30, 40 }), "the last one is the answer's");
    }

    [Test]
    public async Task Samples_use_their_own_seeds_and_the_problem_notes_average_them()
    {
        // Odd seeds would think 20 tokens, even ones 10; the cap is 15.
        var model = new WordModel(seed => seed % 2 == 0 ? 10 : 20);
        var outcome = await Solve(model, "budget-forcing:max_thinking=15,n=2");

        Assert.That(outcome.Candidates.Select(c => c.Completion.Usage.ReasoningTokens), Is.EqualTo(new[] { 15, 10 }), "seed 7 is cut at the cap, seed 8 is not");
        Assert.That(outcome.Notes, Is.EqualTo(new Dictionary<string, string> { ["thinking_tokens"] = "12.5", ["waits"] = "0", ["capped"] = "0.5" }));
        Assert.That(model.Requests.Select(r => r.Seed).Distinct(), Is.EqualTo(new long[] { 7, 8 }));
    }

    [Test]
    public async Task A_compute_budget_that_stops_the_thought_keeps_it_unanswered_and_marked_cut()
    {
        var model = new ScriptedModel((request, _) => request.AssistantPrefix!.Contains("</think>") ? "Answer: A" : "x y</think>");
        var context = new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), null, new ComputeBudget(MaxCallsPerProblem: 1), 7, 4096);
        var outcome = await Components.Strategy("budget-forcing:min_thinking=100,wait=3").SolveAsync(context, CancellationToken.None);

        var sample = outcome.Candidates.Single();
        Assert.That((sample.Completion.Text, sample.Completion.Reasoning, sample.Completion.Truncated), Is.EqualTo(("", "x yWait", true)));
        Assert.That(model.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Models_that_cannot_continue_a_thought_are_named_with_the_reason()
    {
        var strategy = (IModelRequirements)Components.Strategy("budget-forcing");
        using var chat = new OpenAiCompatibleModel(new OpenAiCompatibleOptions { BaseUrl = "http://127.0.0.1:9/v1", ModelName = "m", Endpoint = OpenAiEndpoint.Chat });
        using var completions = new OpenAiCompatibleModel(new OpenAiCompatibleOptions { BaseUrl = "http://127.0.0.1:9/v1", ModelName = "m", Endpoint = OpenAiEndpoint.Completions });

        Assert.That(strategy.CannotRunOn(new MeteredModel(chat)), Does.Contain("chat endpoint").And.Contain("openai:endpoint=completions"), "found through decorators");
        Assert.That(strategy.CannotRunOn(completions), Is.Null);
        Assert.That(strategy.CannotRunOn(new NoContinuationModel()), Does.Contain("cannot continue a partial answer").And.Contain("'fixed'"));
        Assert.That(strategy.CannotRunOn(new ScriptedModel((_, _) => "")), Is.Null);
    }

    [Test]
    public void The_options_are_declared_with_their_defaults()
    {
        var strategy = Components.Strategy("budget-forcing:max_thinking=512");
        Assert.That(strategy.Descriptor.ToString(), Is.EqualTo("budget-forcing:answer_tokens=1024,max_thinking=512,min_thinking=0,n=1,temperature=0,top_p=1,wait=1"));
        Assert.That(Components.Strategy("budget-forcing", defaultN: 4, defaultTemperature: 0.6).Descriptor.Parameters["n"], Is.EqualTo("4"));
        Assert.That(() => Components.Strategy("budget-forcing:max_thinking=0"), Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("max_thinking"));
    }

    [Test]
    public async Task Every_call_of_the_thought_samples_with_the_specs_top_p()
    {
        var model = new ScriptedModel((request, _) => request.AssistantPrefix!.Contains("</think>") ? "Answer: A" : "a b</think>");
        await Solve(model, "budget-forcing:min_thinking=100,wait=1,top_p=0.95,temperature=0.6");
        Assert.That(model.Requests, Has.Count.EqualTo(3));
        Assert.That(model.Requests.Select(r => (r.TopP, r.Temperature)), Is.All.EqualTo((0.95, 0.6)), "a protocol's nucleus mass reaches the thought, the Wait and the answer");
    }

    private static Task<StrategyOutcome> Solve(IModelAdapter model, string spec) =>
        Components.Strategy(spec).SolveAsync(
            new SolveContext(AnswerSuite.Problem(), new AnswerSuite(), new MeteredModel(model), null, ComputeBudget.Unlimited, 7, 4096), CancellationToken.None);

    /// <summary>Inside a thought it writes twice the tokens it is allowed (a tokenizer that disagrees with the run's); after one, "24".</summary>
    private sealed class OverrunningModel : IModelAdapter
    {
        public List<GenerationRequest> Requests { get; } = [];
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("overrunning", "writes past its limit");
        public bool SupportsContinuation => true;

        public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var answering = request.AssistantPrefix!.Contains("</think>");
            var text = answering ? " 24" : string.Concat(Enumerable.Repeat("hmm ", 2 * request.MaxTokens));
            return Task.FromResult(new GenerationResult([new Completion(text, null, answering ? "stop" : "length", new TokenUsage(5, request.MaxTokens, 0))]));
        }
    }

    /// <summary>
    /// Thinks <c>thoughtTokens(seed)</c> words of "hmm " (one token each for the approximate counter), continuing from the
    /// words already in the prefix, at most the request's token limit at a time; after a closed thought, "Answer: A".
    /// </summary>
    private sealed class WordModel(Func<long, int> thoughtTokens) : IModelAdapter
    {
        public List<GenerationRequest> Requests { get; } = [];
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("words", "thinks in words");
        public bool SupportsContinuation => true;

        public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            if (request.AssistantPrefix!.Contains("</think>"))
                return Task.FromResult(new GenerationResult([new Completion("Answer: A", null, "stop", new TokenUsage(5, 3, 0))]));
            var left = thoughtTokens(request.Seed) - request.AssistantPrefix.Split("hmm").Length + 1;
            var words = Math.Min(left, request.MaxTokens);
            var text = string.Concat(Enumerable.Repeat("hmm ", words));
            return Task.FromResult(new GenerationResult([new Completion(text, null, words < left ? "length" : "stop", new TokenUsage(5, words, 0))]));
        }
    }

    private sealed class NoContinuationModel : IModelAdapter
    {
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("fixed", "no continuation");
        public bool SupportsContinuation => false;
        public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

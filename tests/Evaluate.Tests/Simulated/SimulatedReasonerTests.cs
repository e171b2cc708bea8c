using Evaluate.Adapters.Simulated;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Gsm8k;
using Evaluate.Suites.Math500;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Simulated;

public sealed class SimulatedReasonerTests
{
    private static GenerationRequest Request(IReadOnlyList<ChatMessage> messages, int n = 1, double temperature = 0.8, long seed = 7) =>
        new() { Messages = messages, N = n, Temperature = temperature, Seed = seed, MaxTokens = 4096 };

    [Test]
    public async Task Same_seed_gives_the_same_samples_and_sample_i_uses_seed_plus_i()
    {
        var (suite, problems) = TestRuns.Game24(5);
        var sim = TestRuns.Sim(suite, problems);
        var prompt = suite.RenderPrompt(problems[0]);
        var batch = await sim.GenerateAsync(Request(prompt, n: 4, seed: 100), CancellationToken.None);
        var again = await sim.GenerateAsync(Request(prompt, n: 4, seed: 100), CancellationToken.None);
        var third = await sim.GenerateAsync(Request(prompt, n: 1, seed: 102), CancellationToken.None);
        Assert.That(again.Completions.Select(c => c.Text), Is.EqualTo(batch.Completions.Select(c => c.Text)));
        Assert.That(third.Completions[0].Text, Is.EqualTo(batch.Completions[2].Text));
    }

    [Test]
    public async Task Temperature_zero_ignores_the_seed()
    {
        var (suite, problems) = TestRuns.Game24(5);
        var sim = TestRuns.Sim(suite, problems);
        var prompt = suite.RenderPrompt(problems[1]);
        var a = await sim.GenerateAsync(Request(prompt, temperature: 0, seed: 1), CancellationToken.None);
        var b = await sim.GenerateAsync(Request(prompt, temperature: 0, seed: 999), CancellationToken.None);
        Assert.That(b.Completions[0].Text, Is.EqualTo(a.Completions[0].Text));
    }

    [Test]
    public async Task Game24_answers_use_real_steps_and_right_answers_pass_the_exact_checker()
    {
        var (suite, problems) = TestRuns.Game24(30);
        var sim = TestRuns.Sim(suite, problems, new SimulatedReasonerOptions(Skill: 1.0, Overthink: 0));
        foreach (var problem in problems)
        {
            var text = (await sim.GenerateAsync(Request(suite.RenderPrompt(problem)), CancellationToken.None)).Completions[0].Text;
            Assert.That(text, Does.Contain("(left: "));
            Assert.That(suite.Checker.Grade(problem, suite.Checker.Extract(text)).Correct, Is.True, text);
        }
    }

    [Test]
    public async Task Skill_zero_is_always_wrong_and_wrong_answers_come_from_few_distractors()
    {
        var (suite, problems) = TestRuns.Game24(3);
        var sim = TestRuns.Sim(suite, problems, new SimulatedReasonerOptions(Skill: 0.0));
        var result = await sim.GenerateAsync(Request(suite.RenderPrompt(problems[0]), n: 40), CancellationToken.None);
        var answers = result.Completions.Select(c => suite.Checker.Extract(c.Text)).ToList();
        Assert.That(answers.Any(a => suite.Checker.Grade(problems[0], a).Correct), Is.False);
        Assert.That(answers.Distinct().Count(), Is.InRange(1, 3));
    }

    [Test]
    public async Task Math_and_gsm8k_prompts_get_their_answer_formats()
    {
        var nowhere = TestRuns.NoData;
        var math = new Problem("m1", "Compute $1+1$.", "\\frac{1}{2}", new ProblemMeta("1", "Algebra", 0.1, true));
        var gsm = new Problem("0", "Tom has 3 apples and buys 4 more.", "7", new ProblemMeta(null, null, 0.2, true));
        var known = new KnownProblems([new KnownProblem("math500", math), new KnownProblem("gsm8k", gsm)]);
        var sim = new SimulatedReasoner(new SimulatedReasonerOptions(Skill: 1.0), known);
        var mathSuite = new Math500Suite(nowhere);
        var gsmSuite = new Gsm8kSuite(nowhere);
        var mathText = (await sim.GenerateAsync(Request(mathSuite.RenderPrompt(math)), CancellationToken.None)).Completions[0].Text;
        var gsmText = (await sim.GenerateAsync(Request(gsmSuite.RenderPrompt(gsm)), CancellationToken.None)).Completions[0].Text;
        Assert.That(mathText, Does.Contain("\\boxed{\\frac{1}{2}}"));
        Assert.That(mathSuite.Checker.Grade(math, mathSuite.Checker.Extract(mathText)).Correct, Is.True);
        Assert.That(gsmText, Does.EndWith("#### 7"));
        Assert.That(gsmSuite.Checker.Grade(gsm, gsmSuite.Checker.Extract(gsmText)).Correct, Is.True);
    }

    [Test]
    public async Task Unknown_prompts_get_a_generic_reply()
    {
        var sim = new SimulatedReasoner(new SimulatedReasonerOptions(), KnownProblems.Empty);
        var result = await sim.GenerateAsync(Request([ChatMessage.User("Write a haiku about \\boxed{} answers")]), CancellationToken.None);
        Assert.That(result.Completions.Single().Text, Does.Contain("simulated"));
    }

    [Test]
    public async Task Overthinking_adds_rounds_and_tokens_but_not_errors()
    {
        var (suite, problems) = TestRuns.Game24(40);
        var calm = TestRuns.Sim(suite, problems, new SimulatedReasonerOptions(Overthink: 0));
        var anxious = TestRuns.Sim(suite, problems, new SimulatedReasonerOptions(Overthink: 2));
        int calmTokens = 0, anxiousTokens = 0, calmRight = 0, anxiousRight = 0;
        foreach (var problem in problems)
        {
            var request = Request(suite.RenderPrompt(problem), n: 2);
            var a = (await calm.GenerateAsync(request, CancellationToken.None)).Completions;
            var b = (await anxious.GenerateAsync(request, CancellationToken.None)).Completions;
            calmTokens += a.Sum(c => c.Usage.CompletionTokens);
            anxiousTokens += b.Sum(c => c.Usage.CompletionTokens);
            calmRight += a.Count(c => suite.Checker.Grade(problem, suite.Checker.Extract(c.Text)).Correct);
            anxiousRight += b.Count(c => suite.Checker.Grade(problem, suite.Checker.Extract(c.Text)).Correct);
        }
        Assert.That(anxiousTokens, Is.GreaterThan(calmTokens * 3 / 2));
        Assert.That(anxiousRight, Is.EqualTo(calmRight));
    }

    [Test]
    public async Task Token_limit_truncates_and_marks_length()
    {
        var (suite, problems) = TestRuns.Game24(3);
        var sim = TestRuns.Sim(suite, problems, new SimulatedReasonerOptions(Overthink: 5));
        var result = await sim.GenerateAsync(Request(suite.RenderPrompt(problems[0])) with { MaxTokens = 10 }, CancellationToken.None);
        var completion = result.Completions.Single();
        Assert.That(completion.Truncated, Is.True);
        Assert.That(completion.Usage.CompletionTokens, Is.LessThanOrEqualTo(10));
    }

    [Test]
    public void Label_says_simulated_and_bad_parameters_are_refused()
    {
        var sim = new SimulatedReasoner(new SimulatedReasonerOptions(), KnownProblems.Empty);
        Assert.That(sim.Descriptor.Label, Does.Contain("simulated"));
        Assert.Throws<Evaluate.Core.UsageException>(() => Support.Components.Registries.Models.Validate(Evaluate.Core.Components.ComponentSpec.Parse("sim:skil=0.5")));
        Assert.Throws<Evaluate.Core.UsageException>(() => SimulatedReasonerOptions.From(Evaluate.Core.Components.ComponentSpec.Parse("sim:skill=2")));
    }

    [Test]
    public void Known_problems_are_found_by_their_text_and_the_last_one_wins()
    {
        var a = new Problem("a", "4 4 6 8", "24", ProblemMeta.None);
        var b = new Problem("b", "1 2 3 4", "24", ProblemMeta.None);
        var known = new KnownProblems([new KnownProblem("game24", a), new KnownProblem("game24", b)]);
        Assert.That(known.Find("Input: 4 4 6 8\nAnswer: ...\nInput: 1 2 3 4\n")?.Problem.Id, Is.EqualTo("b"));
        Assert.That(known.Find("Input: 11 2 3 4\n"), Is.Null);
        Assert.That(known.Find("nothing here"), Is.Null);
    }
}

using Evaluate.Adapters.Simulated;
using Evaluate.Core.Analysis;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Simulated;

/// <summary>
/// The simulator's underthinking: on hard problems a wrong sample sometimes states the correct answer first and then
/// switches away. Counted over seeded batches (no timing): the chance, that only wrong samples on hard problems do it,
/// and that the abandoned round is graded correct by the suite's own checker while the sample stays wrong.
/// </summary>
public sealed class UnderthinkingSwitchTests
{
    private static readonly KnownProblem Math = new("math500", new Problem("p", "What is 6 times 7?", "42", ProblemMeta.None));

    [Test]
    public void Only_wrong_samples_on_hard_problems_switch_and_at_the_documented_chance()
    {
        const int draws = 4000;
        var switched = 0;
        for (var seed = 0; seed < draws; seed++)
        {
            Assert.That(UnderthinkingSwitch.Opening(Math, AnswerFormat.Boxed, 0.2, correct: true, new Random(seed)), Is.Null);
            Assert.That(UnderthinkingSwitch.Opening(Math, AnswerFormat.Boxed, 0.5, correct: false, new Random(seed)), Is.Null);
            if (UnderthinkingSwitch.Opening(Math, AnswerFormat.Boxed, 0.2, correct: false, new Random(seed)) is { } opening)
            {
                switched++;
                Assert.That(opening, Does.Contain("\\boxed{42}"));
                Assert.That(ThoughtSwitchMarkers.Count(opening), Is.GreaterThanOrEqualTo(1), opening);
            }
        }
        // Binomial(4000, 0.4): mean 1600, sd 31; the seeds are fixed, so this count never changes between runs.
        Assert.That(switched, Is.InRange(1450, 1750));
    }

    [Test]
    public async Task A_seeded_game24_batch_has_switched_samples_that_stay_wrong()
    {
        var (suite, problems) = TestRuns.Game24(40);
        var sim = TestRuns.Sim(suite, problems);
        var analyzer = new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance);
        int wrong = 0, switched = 0;
        foreach (var problem in problems)
        {
            var request = new GenerationRequest
            {
                Messages = suite.RenderPrompt(problem), N = 8, Temperature = 0.8, Seed = 1234, MaxTokens = 4096,
            };
            foreach (var completion in (await sim.GenerateAsync(request, CancellationToken.None)).Completions)
            {
                var correct = suite.Checker.Grade(problem, suite.Checker.Extract(completion.Text)).Correct;
                var analysis = analyzer.Analyze(completion.Text, null, completion.FinishReason, suite.Checker, problem);
                if (correct) continue;
                wrong++;
                if (analysis.FirstCorrectRound is not 0) continue;
                switched++;
                Assert.That(analysis.CorrectAnswerAbandoned, Is.True, completion.Text);
                Assert.That(analysis.ThoughtSwitches, Is.GreaterThanOrEqualTo(1), completion.Text);
            }
        }
        Assert.That(wrong, Is.GreaterThan(50), "the batch must hold wrong samples to switch");
        Assert.That(switched, Is.GreaterThan(wrong / 10).And.LessThan(wrong * UnderthinkingSwitch.Chance), $"{switched} of {wrong} wrong samples switched");
    }

    [Test]
    public async Task A_step_search_continuation_never_carries_the_abandoned_line()
    {
        // The same draws as a whole response, asked as a search step asks (stop sequences that never match, so no text is
        // cut): wrong whole responses open with the right answer on some puzzles, step requests on none (a search would
        // find that line and score it).
        var (suite, problems) = TestRuns.Game24(40);
        var sim = TestRuns.Sim(suite, problems);
        var analyzer = new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance);
        int Abandoned(Problem problem, IEnumerable<Completion> completions) => completions.Count(c =>
            !suite.Checker.Grade(problem, suite.Checker.Extract(c.Text)).Correct
            && analyzer.Analyze(c.Text, null, c.FinishReason, suite.Checker, problem).CorrectAnswerAbandoned);
        int whole = 0, step = 0;
        foreach (var problem in problems)
        {
            var request = new GenerationRequest { Messages = suite.RenderPrompt(problem), N = 8, Temperature = 0.8, Seed = 1234, MaxTokens = 4096 };
            whole += Abandoned(problem, (await sim.GenerateAsync(request, CancellationToken.None)).Completions);
            var stepRequest = request with { Stop = ["\u0000never\u0000"] };
            step += Abandoned(problem, (await sim.GenerateAsync(stepRequest, CancellationToken.None)).Completions);
        }
        Assert.That(whole, Is.GreaterThan(0), "wrong whole responses abandon a right line on hard puzzles");
        Assert.That(step, Is.Zero);
    }
}

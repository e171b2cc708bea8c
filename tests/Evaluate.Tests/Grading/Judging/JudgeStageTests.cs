using Evaluate.Adapters.Cache;
using Evaluate.Core.Components;
using Evaluate.Core.Grading;
using Evaluate.Core.Grading.Judging;
using Evaluate.Core.Metrics;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Running;
using Evaluate.Suites.Grading;
using Evaluate.Tests.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Grading.Judging;

/// <summary>The judge stage on hand-made samples graded by the MATH checker, with a scripted judge.</summary>
public sealed class JudgeStageTests
{
    private static readonly MathAnswerChecker Checker = new();
    private static readonly Problem Problem = new("p1", "What is 1+2?", "3", ProblemMeta.None);
    private const string Unparseable = "so \\boxed{x \\mapsto \\{\\}}";

    /// <summary>Samples graded by the rules as SampleGrader does (extraction, verdict, rule classes).</summary>
    private static GradedProblem Graded(params string[] responses)
    {
        var samples = new List<SampleRecord>();
        var representatives = new List<int>();
        for (var i = 0; i < responses.Length; i++)
        {
            var extracted = Checker.Extract(responses[i]);
            var verdict = Checker.Grade(Problem, extracted);
            var answerClass = -1;
            if (extracted is not null)
            {
                foreach (var r in representatives)
                    if (Checker.Equivalent(Problem, samples[r].Extracted!, extracted)) { answerClass = r; break; }
                if (answerClass < 0) { answerClass = i; representatives.Add(i); }
            }
            samples.Add(new SampleRecord
            {
                Run = "t", Model = "m", Suite = "s", Strategy = "st", ProblemId = Problem.Id, SampleIndex = i, Response = responses[i],
                Extracted = extracted, Gold = Problem.Gold, Correct = verdict.Correct, Reason = verdict.Reason, AnswerClass = answerClass,
            });
        }
        var record = new ProblemRecord
        {
            Run = "t", Model = "m", Suite = "s", Strategy = "st", ProblemId = Problem.Id, Samples = samples.Count,
            Score = GradedProblem.Score(samples, null),
        };
        return new GradedProblem(samples, record);
    }

    private static Task<GradedProblem> JudgeAsync(IModelAdapter judge, GradedProblem graded, double audit = 0) =>
        new JudgeStage(judge, audit).ApplyAsync(new GradingStageInput(Problem, Checker, 7), graded, CancellationToken.None);

    private static ScriptedModel Replying(string reply) => new((_, _) => reply);

    private static string ResponseIn(GenerationRequest request) => JudgePrompt.Read(request.Messages[0].Content)!.Value.Response;

    [Test]
    public void The_fixture_has_the_cases_the_cascade_is_about()
    {
        var graded = Graded("so \\boxed{3}", Unparseable, "");
        Assert.That(graded.Samples.Select(s => s.Reason), Is.EqualTo(new[] { "equal", "unparseable", "no-answer" }));
    }

    [Test]
    public async Task A_re_asked_sample_is_judged_on_its_re_ask_reply_not_on_the_answerless_response()
    {
        var graded = Graded("I kept working and ran out of room", "nothing here either");
        var reasked = graded.Samples[0] with
        {
            Reasked = true,
            Reask = new Evaluate.Core.Grading.Reasking.ReaskAnswer { Response = "three, as computed", Whole = "three, as computed" },
        };
        var judge = Replying("VERDICT: CORRECT");
        await JudgeAsync(judge, new GradedProblem([reasked, graded.Samples[1]], graded.Problem));

        Assert.That(judge.Requests.Select(ResponseIn), Is.EqualTo(new[] { "three, as computed", "nothing here either" }));
    }

    [Test]
    public async Task Only_samples_the_rules_cannot_decide_go_to_the_judge_and_its_verdict_becomes_their_score()
    {
        var judge = Replying("Same value.\nVERDICT: CORRECT");
        var result = await JudgeAsync(judge, Graded("so \\boxed{3}", Unparseable, "", "so \\boxed{4}"));

        Assert.That(judge.Requests, Has.Count.EqualTo(2), "the unparseable and the no-answer sample, not the rule-decided ones");
        Assert.That(result.Samples.Select(s => s.VerdictSource), Is.EqualTo(new[] { "rule", "judge", "judge", "rule" }));
        Assert.That(result.Samples.Select(s => s.Correct), Is.EqualTo(new[] { true, true, true, false }));
        Assert.That(result.Samples[1].Reason, Is.EqualTo(JudgeReasons.Correct));
        Assert.That(result.Samples[1].Judge!.RuleReason, Is.EqualTo("unparseable"));
        Assert.That(result.Samples[1].Judge!.Raw, Does.EndWith("VERDICT: CORRECT"));
        Assert.That(result.Samples[0].Judge, Is.Null, "a rule verdict outside the audit has no judge record");
        Assert.That(result.Problem.Score, Is.EqualTo(0.75));
        Assert.That(result.Problem.JudgeCalls, Is.EqualTo(2));
        Assert.That(result.Problem.JudgePromptTokens, Is.GreaterThan(0));
        Assert.That(result.Problem.JudgeCompletionTokens, Is.GreaterThan(0));
    }

    [TestCase("The answer looks right to me.")]
    [TestCase("")]
    [TestCase("VERDICT: CORRECT\nVERDICT: INCORRECT")]
    [TestCase("verdict: correct")]
    public async Task A_reply_without_a_strict_verdict_leaves_the_sample_ungradable_and_counts_a_judge_error(string reply)
    {
        var result = await JudgeAsync(Replying(reply), Graded(Unparseable, ""));

        Assert.That(result.Samples.Select(s => s.Correct), Is.All.False, "fail closed: never correct");
        Assert.That(result.Samples.Select(s => s.Reason), Is.EqualTo(new[] { "unparseable", "no-answer" }), "the rules' verdict stands");
        Assert.That(result.Samples.Select(s => s.VerdictSource), Is.All.EqualTo("rule"));
        Assert.That(result.Samples.Select(s => s.Judge!.Error), Is.All.Not.Null);
        Assert.That(result.Samples.Select(s => s.Judge!.Verdict), Is.All.Null);
        var metrics = CellMetrics.Compute([result.Problem], result.Samples);
        Assert.That(MetricValue.Number(metrics, "judge_errors"), Is.EqualTo(2));
        Assert.That(MetricValue.Number(metrics, "judge_coverage"), Is.EqualTo(0));
        Assert.That(MetricValue.Number(metrics, "ungradable_share"), Is.EqualTo(0.5));
    }

    private sealed class FailingModel(Exception error) : IModelAdapter
    {
        public int Calls;
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("failing", "failing judge");
        public bool SupportsContinuation => false;

        public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            throw error;
        }
    }

    [Test]
    public async Task A_failed_call_or_an_adapter_timeout_leaves_the_sample_ungradable_and_the_run_goes_on()
    {
        foreach (var error in new Exception[] { new ModelCallException("HTTP 500 after 5 attempts", isTransient: true, statusCode: 500), new TaskCanceledException("attempt timed out") })
        {
            var result = await JudgeAsync(new FailingModel(error), Graded(Unparseable, "so \\boxed{3}"));
            Assert.That(result.Samples[0].Correct, Is.False);
            Assert.That(result.Samples[0].Reason, Is.EqualTo("unparseable"));
            Assert.That(result.Samples[0].Judge!.Error, Does.StartWith("call failed"));
            Assert.That(result.Samples[1].Correct, Is.True, "the rule-decided sample is untouched");
            Assert.That(result.Problem.JudgeCalls, Is.Zero, "a failed call is not an answered one");
        }
    }

    [Test]
    public void The_runs_cancellation_is_not_swallowed_as_a_judge_error()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var judge = new FailingModel(new OperationCanceledException(cancelled.Token));
        Assert.ThrowsAsync<OperationCanceledException>(() =>
            new JudgeStage(judge).ApplyAsync(new GradingStageInput(Problem, Checker, 7), Graded(Unparseable), cancelled.Token));
    }

    [Test]
    public async Task Audited_samples_keep_the_rule_verdict_and_agreement_is_the_share_of_equal_verdicts()
    {
        // Six rule-decided samples, all audited (share 1). The judge says CORRECT when the response names 3 or 5:
        //   response  rule      judge      agree
        //   3         correct   correct    yes
        //   3.0       correct   incorrect  no
        //   4         wrong     incorrect  yes
        //   5         wrong     correct    no
        //   6         wrong     incorrect  yes
        //   3         correct   correct    yes      → 4 of 6; Wilson 95%: [0.29999, 0.90323]
        var judge = new ScriptedModel((request, _) =>
            ResponseIn(request) is var r && (r.EndsWith("{3}", StringComparison.Ordinal) || r.EndsWith("{5}", StringComparison.Ordinal))
                ? "VERDICT: CORRECT" : "VERDICT: INCORRECT");
        var graded = Graded("so \\boxed{3}", "so \\boxed{3.0}", "so \\boxed{4}", "so \\boxed{5}", "so \\boxed{6}", "so \\boxed{3}");
        var result = await JudgeAsync(judge, graded, audit: 1);

        Assert.That(result.Samples.Select(s => s.Correct), Is.EqualTo(graded.Samples.Select(s => s.Correct)), "audits never change a score");
        Assert.That(result.Samples.Select(s => s.Correct), Is.EqualTo(new[] { true, true, false, false, false, true }));
        Assert.That(result.Samples.Select(s => s.VerdictSource), Is.All.EqualTo("rule"));
        Assert.That(result.Samples.Select(s => s.Judge!.Audit), Is.All.True);
        Assert.That(result.Samples.Select(s => s.Judge!.Verdict), Is.EqualTo(new[] { "correct", "incorrect", "incorrect", "correct", "incorrect", "correct" }));
        Assert.That(result.Problem.Score, Is.EqualTo(graded.Problem.Score));

        var metrics = CellMetrics.Compute([result.Problem], result.Samples);
        Assert.That(MetricValue.Number(metrics, "judge_agreement"), Is.EqualTo(4 / 6.0).Within(1e-12));
        Assert.That(MetricValue.Number(metrics, "judge_audited"), Is.EqualTo(6));
        var ci = ((System.Collections.IEnumerable)metrics["judge_agreement_ci95"]!).Cast<object>().Select(o => Convert.ToDouble(o, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(ci[0], Is.EqualTo(0.299993315138392).Within(1e-9));
        Assert.That(ci[1], Is.EqualTo(0.9032285888942195).Within(1e-9));
        Assert.That(MetricValue.Number(metrics, "judge_coverage"), Is.EqualTo(0), "audits are not coverage");
    }

    [Test]
    public async Task The_audit_share_is_drawn_with_the_seed_and_is_about_the_share_asked()
    {
        var stage = new JudgeStage(Replying("VERDICT: CORRECT"), auditShare: 0.3);
        var drawn = Enumerable.Range(0, 2000).Count(i => stage.IsAudited(7, $"p{i / 8}", i % 8));
        Assert.That(drawn, Is.InRange(480, 720), "30% of 2000 within about five standard deviations");
        var again = new JudgeStage(Replying("VERDICT: CORRECT"), auditShare: 0.3);
        Assert.That(Enumerable.Range(0, 50).Select(i => again.IsAudited(7, "p", i)), Is.EqualTo(Enumerable.Range(0, 50).Select(i => stage.IsAudited(7, "p", i))));
        Assert.That(Enumerable.Range(0, 50).Select(i => stage.IsAudited(8, "p", i)), Is.Not.EqualTo(Enumerable.Range(0, 50).Select(i => stage.IsAudited(7, "p", i))));
        var none = await JudgeAsync(Replying("VERDICT: CORRECT"), Graded("so \\boxed{3}", "so \\boxed{4}"), audit: 0);
        Assert.That(none.Samples.Select(s => s.Judge), Is.All.Null, "no audit share, no audit");
    }

    [Test]
    public async Task Maj_at_k_is_not_inflated_by_one_judge_correct_first_member_of_a_class_the_judge_found_wrong()
    {
        // Three equal unparseable answers (one rule class) and one rule-wrong answer. The judge calls the first one correct
        // and the other two incorrect. Voting by the rule class alone would score the class by its first member: maj@4 = 1.
        var calls = 0;
        var judge = new ScriptedModel((_, _) => Interlocked.Increment(ref calls) == 1 ? "VERDICT: CORRECT" : "VERDICT: INCORRECT");
        var graded = Graded(Unparseable, Unparseable, Unparseable, "so \\boxed{4}");
        Assert.That(graded.Samples.Take(3).Select(s => s.AnswerClass), Is.All.EqualTo(0), "the rules put the equal answers in one class");

        var result = await JudgeAsync(judge, graded);

        Assert.That(result.Samples.Select(s => s.Correct), Is.EqualTo(new[] { true, false, false, false }));
        Assert.That(result.Samples.Select(s => s.AnswerClass), Is.EqualTo(new[] { 0, 1, 1, 3 }), "split by verdict within the rule class");
        var metrics = CellMetrics.Compute([result.Problem], result.Samples, kValues: [4]);
        Assert.That(MetricValue.Number(metrics, "maj@4"), Is.EqualTo(0), "the two judged-wrong equal answers outvote the one judged right");
        Assert.That(MetricValue.Number(metrics, "pass@4"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_judge_correct_sample_without_an_answer_counts_for_accuracy_but_does_not_vote()
    {
        var judge = Replying("VERDICT: CORRECT");
        var result = await JudgeAsync(judge, Graded("", " ", "\n", "so \\boxed{4}"));

        Assert.That(result.Samples.Take(3).Select(s => (s.Correct, s.AnswerClass)), Is.All.EqualTo((true, -1)));
        var metrics = CellMetrics.Compute([result.Problem], result.Samples, kValues: [4]);
        Assert.That(MetricValue.Number(metrics, "accuracy"), Is.EqualTo(0.75));
        Assert.That(MetricValue.Number(metrics, "maj@4"), Is.EqualTo(0), "the only vote is the wrong answer");
        Assert.That(MetricValue.Number(metrics, "judge_coverage"), Is.EqualTo(0.75));
    }

    [Test]
    public async Task Judge_calls_go_through_the_response_cache_and_a_rerun_asks_the_judge_nothing()
    {
        var file = Path.Combine(TestRuns.NewDirectory(), "cache.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var inner = Replying("VERDICT: CORRECT");
        var graded = Graded(Unparseable, "", "so \\boxed{3}");

        var first = await JudgeAsync(new CachingModel(inner, new ResponseCache(file)), graded);
        var second = await JudgeAsync(new CachingModel(inner, new ResponseCache(file)), graded);

        Assert.That(inner.Requests, Has.Count.EqualTo(2), "asked on the first run only");
        Assert.That(first.Problem.JudgeCacheHits, Is.Zero);
        Assert.That(second.Problem.JudgeCacheHits, Is.EqualTo(2));
        Assert.That(second.Samples, Is.EqualTo(first.Samples), "the same verdicts from the cache");
        Assert.That((second.Problem.JudgeCalls, second.Problem.JudgePromptTokens, second.Problem.JudgeCompletionTokens),
            Is.EqualTo((first.Problem.JudgeCalls, first.Problem.JudgePromptTokens, first.Problem.JudgeCompletionTokens)), "a hit counts the compute it stands for");
    }

    [Test]
    public async Task Judge_tokens_are_in_the_tokens_per_problem()
    {
        var result = await JudgeAsync(Replying("VERDICT: CORRECT"), Graded(Unparseable));
        var metrics = CellMetrics.Compute([result.Problem], result.Samples);
        var judgeTokens = result.Problem.JudgePromptTokens + result.Problem.JudgeCompletionTokens;
        Assert.That(judgeTokens, Is.GreaterThan(0));
        Assert.That(MetricValue.Number(metrics, "mean_judge_tokens_per_problem"), Is.EqualTo(judgeTokens));
        Assert.That(MetricValue.Number(metrics, "mean_tokens_per_problem"), Is.EqualTo(judgeTokens), "the sample itself has no tokens here");
        Assert.That(MetricValue.Number(metrics, "mean_judge_calls_per_problem"), Is.EqualTo(1));
    }

    [Test]
    public void Without_a_judge_no_judge_metric_is_written()
    {
        var graded = Graded(Unparseable, "so \\boxed{3}");
        var metrics = CellMetrics.Compute([graded.Problem], graded.Samples);
        Assert.That(metrics.Keys.Where(k => k.Contains("judge", StringComparison.Ordinal)), Is.Empty);
    }
}

using System.Text.Json;

namespace Evaluate.Tests.Replay;

/// <summary>
/// Hand-made replay files whose pass@k, maj@k, rm@k and wmaj@k were computed by hand (the comments give the work).
/// The problems come from the records (problem + gold), so no dataset is needed.
/// </summary>
public sealed class ReplayMetricsTests
{
    // P1 gold 2: \boxed{3} .3 (wrong), \boxed{2} .4 (right), \boxed{2} .3 (right), \boxed{3} .1 (wrong)
    // P2 gold 5, per-step scores: \boxed{5} [.9,.8] right; \boxed{7} [.2,.95] wrong; \boxed{7} [.5,.5] wrong; no answer [.1,.1]
    private static readonly string File =
        ReplayRuns.Line(new
        {
            id = "p1", problem = "What is 1+1?", gold = "2",
            responses = new[] { "so \\boxed{3}", "so \\boxed{2}", "hence \\boxed{2}", "\\boxed{3}" },
            scores = new object[] { 0.3, 0.4, 0.3, 0.1 },
            model = "ignored-extra-field",
        }) +
        ReplayRuns.Line(new
        {
            id = "p2", problem = "What is 2+3?", gold = "5",
            responses = new[] { "\\boxed{5}", "\\boxed{7}", "\\boxed{7}", "I am not sure." },
            scores = new object[] { new[] { 0.9, 0.8 }, new[] { 0.2, 0.95 }, new[] { 0.5, 0.5 }, new[] { 0.1, 0.1 } },
            tokens = new[] { 11, 12, 13, 14 },
        });

    [Test]
    public async Task Reproduces_hand_computed_pass_maj_rm_and_wmaj_with_last_step_scores()
    {
        var (code, error, work) = await ReplayRuns.RunAsync(File, "--suite", "math500");
        Assert.That(code, Is.EqualTo(0), error);
        var m = ReplayRuns.Metrics(work);
        // pass@k: P1 n=4 c=2, P2 n=4 c=1. pass@2 = (1 - 1/6 + 1 - 3/6) / 2.
        Assert.That(m.GetProperty("pass@1").GetDouble(), Is.EqualTo((0.5 + 0.25) / 2).Within(1e-12));
        Assert.That(m.GetProperty("pass@2").GetDouble(), Is.EqualTo((5.0 / 6 + 0.5) / 2).Within(1e-12));
        Assert.That(m.GetProperty("pass@4").GetDouble(), Is.EqualTo(1.0));
        // maj@1: P1 wrong, P2 right; maj@2: ties go to the first class (P1 "3" wrong, P2 "5" right); maj@4: P1 tie → 3, P2 7 wins.
        Assert.That(m.GetProperty("maj@1").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("maj@2").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("maj@4").GetDouble(), Is.EqualTo(0.0));
        // last: P2 scores .8 .95 .5 .1. rm@1 = (0 + 1)/2; rm@2: P1 picks .4 (right), P2 picks .95 (wrong); rm@4 the same.
        Assert.That(m.GetProperty("rm@1").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("rm@2").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("rm@4").GetDouble(), Is.EqualTo(0.5));
        // wmaj@4: P1 "2" .7 beats "3" .4 (right, where plain maj@4 was wrong); P2 "7" 1.45 beats "5" .8 (wrong).
        Assert.That(m.GetProperty("wmaj@1").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("wmaj@2").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("wmaj@4").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("mean_model_calls_per_problem").GetDouble(), Is.EqualTo(0), "nothing was called");
    }

    [TestCase("min")]
    [TestCase("product")]
    public async Task Min_and_product_step_aggregation_change_rm_and_wmaj(string aggregate)
    {
        var (code, error, work) = await ReplayRuns.RunAsync(File, "--suite", "math500", "--step-aggregate", aggregate);
        Assert.That(code, Is.EqualTo(0), error);
        var m = ReplayRuns.Metrics(work);
        // min: P2 .8 .2 .5 .1; product: .72 .19 .25 .01. Either way P2's right answer now has the best score,
        // and "5" outweighs "7" (.8 vs .7, or .72 vs .44).
        Assert.That(m.GetProperty("rm@1").GetDouble(), Is.EqualTo(0.5));
        Assert.That(m.GetProperty("rm@2").GetDouble(), Is.EqualTo(1.0));
        Assert.That(m.GetProperty("rm@4").GetDouble(), Is.EqualTo(1.0));
        Assert.That(m.GetProperty("wmaj@2").GetDouble(), Is.EqualTo(1.0));
        Assert.That(m.GetProperty("wmaj@4").GetDouble(), Is.EqualTo(1.0));
        Assert.That(m.GetProperty("maj@4").GetDouble(), Is.EqualTo(0.0), "plain votes do not change");
    }

    [Test]
    public async Task Samples_keep_scores_step_scores_and_recorded_token_counts()
    {
        var (code, error, work) = await ReplayRuns.RunAsync(File, "--suite", "math500");
        Assert.That(code, Is.EqualTo(0), error);
        var samples = ReplayRuns.Samples(work);
        Assert.That(samples, Has.Count.EqualTo(8));
        var p2 = samples.Where(s => s.GetProperty("problem_id").GetString() == "p2").ToList();
        Assert.That(p2.Select(s => s.GetProperty("completion_tokens").GetInt32()), Is.EqualTo(new[] { 11, 12, 13, 14 }));
        Assert.That(p2.Select(s => s.GetProperty("token_source").GetString()).Distinct(), Is.EqualTo(new[] { "reported" }));
        Assert.That(p2[1].GetProperty("step_scores").EnumerateArray().Select(e => e.GetDouble()), Is.EqualTo(new[] { 0.2, 0.95 }));
        Assert.That(p2[1].GetProperty("score").GetDouble(), Is.EqualTo(0.95));
        var p1 = samples.First(s => s.GetProperty("problem_id").GetString() == "p1");
        Assert.That(p1.GetProperty("score").GetDouble(), Is.EqualTo(0.3));
        Assert.That(p1.GetProperty("step_scores").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(p1.GetProperty("token_source").GetString(), Is.EqualTo("counted"));
    }

    [Test]
    public async Task What_the_record_says_of_how_its_responses_were_made_is_what_the_replay_reports()
    {
        var recorded = ReplayRuns.Line(new
        {
            id = "p1", problem = "What is 1+1?", gold = "2", responses = new[] { "\\boxed{2}", "\\boxed{3}" }, tokens = new[] { 30, 40 },
            calls = 2, prompt_tokens = 17, token_source = "counted", reasoning = new[] { "one and one", null },
            reasoning_tokens = new[] { 3, 0 }, finish_reasons = new[] { "stop", "length" }, simulated = true,
        });
        var (code, error, work) = await ReplayRuns.RunAsync(recorded, "--suite", "math500");
        Assert.That(code, Is.EqualTo(0), error);
        var samples = ReplayRuns.Samples(work);
        Assert.That(samples.Select(s => s.GetProperty("prompt_tokens").GetInt32()), Is.EqualTo(new[] { 17, 17 }));
        Assert.That(samples.Select(s => s.GetProperty("token_source").GetString()), Is.EqualTo(new[] { "counted", "counted" }));
        Assert.That(samples.Select(s => s.GetProperty("reasoning_tokens").GetInt32()), Is.EqualTo(new[] { 3, 0 }));
        Assert.That(samples.Select(s => s.GetProperty("truncated").GetBoolean()), Is.EqualTo(new[] { false, true }));
        Assert.That(samples[0].GetProperty("reasoning").GetString(), Is.EqualTo("one and one"));
        Assert.That(samples.All(s => s.GetProperty("simulated").GetBoolean()), "simulated responses stay labelled simulated");
        var problem = JsonDocument.Parse(System.IO.File.ReadLines(Path.Combine(work, "out", "problems.jsonl")).Single()).RootElement;
        Assert.That(problem.GetProperty("model_calls").GetInt32(), Is.EqualTo(2));
        Assert.That(problem.GetProperty("prompt_tokens").GetInt32(), Is.EqualTo(34), "17 prompt tokens per call, two calls");
    }

    [Test]
    public async Task A_record_that_says_nothing_of_calls_reports_none_and_is_not_simulated()
    {
        var (code, error, work) = await ReplayRuns.RunAsync(File, "--suite", "math500");
        Assert.That(code, Is.EqualTo(0), error);
        var problems = System.IO.File.ReadLines(Path.Combine(work, "out", "problems.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(problems.Select(p => p.GetProperty("model_calls").GetInt32()), Is.All.EqualTo(0));
        Assert.That(problems.Select(p => p.GetProperty("simulated").GetBoolean()), Is.All.False);
    }
}

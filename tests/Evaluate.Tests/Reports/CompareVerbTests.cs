using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>`compare` on constructed pairs of runs (made by `replay` from hand-written outcomes).</summary>
public sealed class CompareVerbTests
{
    [Test]
    public async Task Lists_exactly_the_flipped_problem_ids()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", ReplayRuns.Single(true, true, true, false, false, true, false, true, true, false));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", ReplayRuns.Single(true, false, true, true, false, true, false, false, true, true));

        var (code, output, error) = await InProcessCli.RunAsync("compare", baseline, candidate, "--out", Path.Combine(root, "cmp"));

        Assert.That(code, Is.Zero, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "cmp", "compare.json")));
        var cell = json.RootElement.GetProperty("cells")[0];
        Assert.That(cell.GetProperty("newly_wrong").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "q2", "q8" }));
        Assert.That(cell.GetProperty("newly_right").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "q4", "q10" }));
        var accuracy = cell.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "accuracy");
        Assert.That(accuracy.GetProperty("test").GetString(), Is.EqualTo("mcnemar"));
        Assert.That(accuracy.GetProperty("delta").GetDouble(), Is.EqualTo(0.0).Within(1e-12));
        // Two flips each way: p = min(1, 2 · P(X ≤ 2 | n = 4)) = 1.
        Assert.That(accuracy.GetProperty("p_value").GetDouble(), Is.EqualTo(1.0));
        Assert.That(output, Does.Contain("newly wrong (2): q2, q8"));
        Assert.That(output, Does.Contain("newly right (2): q4, q10"));
    }

    [Test]
    public async Task Runs_on_different_problem_sets_compare_on_the_intersection_and_say_how_many_were_left_out()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Enumerable.Range(1, 10).Select(i => ($"q{i}", new[] { true })));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Enumerable.Range(4, 10).Select(i => ($"q{i}", new[] { i != 5 })));

        // 7 of the baseline's 10 problems are shared, below the default --min-overlap (0.9): allowed explicitly.
        var (code, output, error) = await InProcessCli.RunAsync("compare", baseline, candidate, "--out", Path.Combine(root, "cmp"), "--min-overlap", "0.7");

        Assert.That(code, Is.Zero, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "cmp", "compare.json")));
        var cell = json.RootElement.GetProperty("cells")[0];
        Assert.That(cell.GetProperty("paired_problems").GetInt32(), Is.EqualTo(7));
        Assert.That(cell.GetProperty("left_out_baseline_only").GetInt32(), Is.EqualTo(3));
        Assert.That(cell.GetProperty("left_out_candidate_only").GetInt32(), Is.EqualTo(3));
        Assert.That(cell.GetProperty("newly_wrong").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "q5" }));
        Assert.That(output, Does.Contain("7 paired problems (left out: 3 only in the baseline, 3 only in the candidate)"));
    }

    [Test]
    public async Task Pass_at_k_is_compared_per_problem_with_the_test_its_values_call_for()
    {
        var root = TestRuns.NewDirectory();
        var baseline = await ReplayRuns.CreateAsync(root, "base", Enumerable.Range(1, 12).Select(i => ($"q{i}", new[] { true, false, true, false })));
        var candidate = await ReplayRuns.CreateAsync(root, "cand", Enumerable.Range(1, 12).Select(i => ($"q{i}", new[] { false, false, false, i % 2 == 0 })));

        var (code, _, error) = await InProcessCli.RunAsync("compare", baseline, candidate, "--out", Path.Combine(root, "cmp"));

        Assert.That(code, Is.Zero, error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "cmp", "compare.json")));
        var metrics = json.RootElement.GetProperty("cells")[0].GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("metric").GetString()!);
        // pass@4 per problem (k = n: one 0/1 outcome): baseline 1 everywhere; candidate 1 on even problems, 0 on odd:
        // mean delta −0.5, and McNemar on 6 discordant problems all one way: p = 2 · 2^-6 = 0.03125.
        Assert.That(metrics["pass@4"].GetProperty("delta").GetDouble(), Is.EqualTo(-0.5).Within(1e-12));
        Assert.That(metrics["pass@4"].GetProperty("test").GetString(), Is.EqualTo("mcnemar"));
        Assert.That(metrics["pass@4"].GetProperty("p_value").GetDouble(), Is.EqualTo(0.03125).Within(1e-12));
        // pass@1 = share correct: 0.5 → 0.25 (even) or 0 (odd), 1/8 on average; not 0/1, so the sign-flip test, exact
        // for 12 nonzero differences. Every difference is negative, the most extreme of the 2^12 sign patterns: only
        // it and its mirror are as extreme, p = 2 / 4096.
        Assert.That(metrics["pass@1"].GetProperty("delta").GetDouble(), Is.EqualTo(0.125 - 0.5).Within(1e-12));
        Assert.That(metrics["pass@1"].GetProperty("test").GetString(), Is.EqualTo("sign-flip-exact"));
        Assert.That(metrics["pass@1"].GetProperty("p_value").GetDouble(), Is.EqualTo(2.0 / 4096).Within(1e-12));
    }
}

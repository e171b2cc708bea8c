using Evaluate.Reports.Gate;
using Evaluate.Reports.Statistics;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>
/// max_newly_failed counts flips on a deterministic cell and significant per-problem drops on a sampled one, where a
/// problem's pass/fail flips with the samples drawn.
/// </summary>
public sealed class NoiseAwareCapTests
{
    private static bool[] Samples(int correct, int of) => [.. Enumerable.Range(0, of).Select(i => i < correct)];

    private static async Task<(int Code, string Output)> GateAsync(string root, IEnumerable<(string, bool[])> baseline, IEnumerable<(string, bool[])> candidate, string rules)
    {
        var b = await ReplayRuns.CreateAsync(root, "base", baseline);
        var c = await ReplayRuns.CreateAsync(root, "cand", candidate);
        var file = Path.Combine(root, "rules.yaml");
        File.WriteAllText(file, rules);
        var (code, output, error) = await InProcessCli.RunAsync("gate", "--baseline", b, "--candidate", c, "--rules", file);
        return (code, output + error);
    }

    private const string CapOnly = "max_newly_failed: 0\nmetrics:\n  accuracy: off\n  pass@max: off\n  maj@max: off\n  mean_completion_tokens_per_problem: off\n";

    [Test]
    public async Task On_a_deterministic_cell_one_newly_failed_problem_breaks_a_cap_of_zero()
    {
        var (code, output) = await GateAsync(TestRuns.NewDirectory(),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(1, 1))),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(i == 3 ? 0 : 1, 1))), CapOnly);
        Assert.That(code, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("1 newly failed (cap 0) on a deterministic cell"));
        Assert.That(output, Does.Contain("newly wrong: q3"));
    }

    [Test]
    public async Task On_a_sampled_cell_problems_that_flip_by_noise_do_not_count()
    {
        // Four problems go from 5 of 8 correct samples (solved) to 3 of 8 (not solved): four raw flips, but a one-sided
        // Fisher test of 5/8 against 3/8 gives p = 0.31 per problem, so none dropped significantly and the cap holds.
        var (code, output) = await GateAsync(TestRuns.NewDirectory(),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(5, 8))),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(i <= 4 ? 3 : 5, 8))), CapOnly);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("0 of 10 problems' share of correct samples dropped significantly"));
        Assert.That(output, Does.Contain("sampled cell"));
    }

    [Test]
    public async Task On_a_sampled_cell_problems_that_lost_every_sample_break_the_cap()
    {
        // q2 and q7 go from 8 of 8 to 0 of 8: Fisher p = 1/C(16, 8) = 1/12870 each. With 10 testable problems and cap 0,
        // Rüger's p = 10 · 1/12870 = 0.00078, far below α after Holm over this single check.
        var (code, output) = await GateAsync(TestRuns.NewDirectory(),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(8, 8))),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(i is 2 or 7 ? 0 : 8, 8))), CapOnly);
        Assert.That(code, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("2 of 10 problems' share of correct samples dropped significantly"));
        Assert.That(output, Does.Contain("p = 0.0008 (fisher-ruger)"));
        Assert.That(output, Does.Contain("dropped: q2, q7"));
    }

    [Test]
    public async Task A_cap_that_can_never_fire_on_few_samples_says_it_is_underpowered()
    {
        // 4 samples against 4: the largest possible drop (4/4 → 0/4) has p = 1/70, and 10 problems make Rüger's bound
        // 10/70 = 0.14 ≥ α: the cap is blind, and the verdict says so and how many samples would do.
        var (code, output) = await GateAsync(TestRuns.NewDirectory(),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(4, 4))),
            Enumerable.Range(1, 10).Select(i => ($"q{i}", Samples(i == 1 ? 0 : 4, 4))), CapOnly);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("UNDERPOWERED"));
        Assert.That(output, Does.Contain("samples per problem in both runs"));
    }

    // Fisher's one-sided p by hand: 4/4 vs 0/4 → C(4,4)C(4,0)/C(8,4) = 1/70; 3/4 vs 0/4 → t = 3, P(X ≥ 3) = C(4,3)/C(8,3) = 4/56;
    // 5/8 vs 3/8 → t = 8, P(X ≥ 5) = (C(8,5)C(8,3) + C(8,6)C(8,2) + C(8,7)C(8,1) + C(8,8)C(8,0)) / C(16,8) = (3136 + 784 + 64 + 1)/12870.
    [TestCase(4, 4, 0, 4, 1.0 / 70)]
    [TestCase(3, 4, 0, 4, 4.0 / 56)]
    [TestCase(5, 8, 3, 8, 3985.0 / 12870)]
    [TestCase(0, 4, 0, 4, 1.0)]
    [TestCase(2, 4, 4, 4, 1.0)]
    public void Fisher_drop_p_values_match_hand_computed_hypergeometric_tails(int cb, int nb, int cc, int nc, double expected) =>
        Assert.That(FisherExactTest.DropPValue(cb, nb, cc, nc), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Rueger_combination_uses_the_cap_plus_one_th_smallest_p()
    {
        // Cap 1 over 4 problems: the 2nd smallest p (0.01) times 4/2 = 0.02.
        Assert.That(SampledCap.PValue([0.3, 0.01, 0.001, 0.5], 1), Is.EqualTo(0.02).Within(1e-12));
        Assert.That(SampledCap.PValue([0.001], 1), Is.EqualTo(1.0), "fewer problems than the cap allows can never exceed it");
    }
}

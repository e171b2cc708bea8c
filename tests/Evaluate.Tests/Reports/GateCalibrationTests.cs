using System.Text.Json;
using Evaluate.Reports.Calibration;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reports;

/// <summary>`gate calibrate` on a tiny simulated plan: consistent counts, its JSON, determinism given seeds, and that a worse model is caught more often than an unchanged one.</summary>
public sealed class GateCalibrationTests
{
    private const int Reruns = 4;

    private static string TinyPlan(string root, string models = "  - sim\n", int limit = 10)
    {
        Directory.CreateDirectory(root);
        var path = Path.Combine(root, "tiny.yaml");
        File.WriteAllText(path, "name: tiny\nmodels:\n" + models + "suites:\n  - game24\nstrategies:\n  - greedy\n  - sample:n=4,temperature=0.8\nlimit: " + limit + "\nseed: 7\nconcurrency: 2\n");
        return path;
    }

    private static async Task<CalibrationReport> CalibrateAsync(string root, string plan, string name)
    {
        var json = Path.Combine(root, name + ".json");
        var (code, output, error) = await InProcessCli.RunAsync("gate", "calibrate", "--plan", plan, "--reruns", Reruns.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--worse", "sim:skill=0.1", "--data", Path.Combine(root, "no-data"), "--json", json);
        Assert.That(code, Is.Zero, error + output);
        Assert.That(output, Does.Contain("false alarms: ").And.Contain("Clopper-Pearson").And.Contain("detection: "));
        return CalibrationReport.FromJson(File.ReadAllText(json));
    }

    [Test]
    public async Task Counts_intervals_and_seeds_are_consistent_and_a_worse_model_is_caught_more_often()
    {
        var root = TestRuns.NewDirectory();
        // 30 problems: on 10, even skill 0.1 against 0.7 cannot reach significance after Holm's correction (5 of 5
        // discordant pairs give an exact McNemar p of 0.0625), so the corrected gate would rightly catch nothing.
        var plan = TinyPlan(root, limit: 30);
        var report = await CalibrateAsync(root, plan, "first");

        Assert.That(report.Schema, Is.EqualTo(CalibrationReport.SchemaName));
        Assert.That(report.BaselineSeed, Is.EqualTo(7));
        Assert.That(report.PlanSha256, Has.Length.EqualTo(64));
        Assert.That(report.RunFingerprint, Has.Length.EqualTo(64));
        Assert.That(report.Rules, Is.EqualTo("default"));
        foreach (var arm in new[] { report.FalseAlarms, report.Detection! })
        {
            Assert.That(arm.Reruns, Is.EqualTo(Reruns));
            Assert.That(arm.Failed, Is.InRange(0, Reruns));
            Assert.That(arm.Failed, Is.EqualTo(arm.Verdicts.Count(v => v.Failed)));
            Assert.That(arm.Verdicts.Select(v => v.Seed), Is.EqualTo(Enumerable.Range(1, Reruns).Select(i => 7 + i * 1_000_000L)), "reruns at baseline seed + i × 1,000,000");
            Assert.That(arm.Interval.Rate, Is.EqualTo((double)arm.Failed / Reruns));
            Assert.That(arm.Interval.Low, Is.LessThanOrEqualTo(arm.Interval.Rate));
            Assert.That(arm.Interval.High, Is.GreaterThanOrEqualTo(arm.Interval.Rate));
            // Every failed rerun has at least one failing check behind it, and the causes count them.
            Assert.That(arm.Verdicts.Where(v => v.Failed).All(v => v.FailedChecks.Count > 0));
            Assert.That(arm.Causes.Sum(c => c.Count), Is.EqualTo(arm.Verdicts.Sum(v => v.FailedChecks.Distinct().Count())));
        }
        Assert.That(report.Detection!.Model, Is.EqualTo("sim:skill=0.1"));
        Assert.That(report.Detection.Failed, Is.GreaterThan(report.FalseAlarms.Failed), "skill 0.1 against 0.7 must fail the gate more often than a reseeded rerun");
    }

    /// <summary>
    /// Sample j of a problem is drawn at seed + j: reruns at seeds S+1, S+2 … would repeat most of the baseline's
    /// samples (rerun sample j = baseline sample j+1) and measure too few false alarms. A rerun must draw its own.
    /// </summary>
    [Test]
    public async Task A_rerun_draws_its_own_samples_not_the_baselines_shifted_by_one()
    {
        var root = TestRuns.NewDirectory();
        var plan = TinyPlan(root);
        var keep = Path.Combine(root, "runs");
        var (code, _, error) = await InProcessCli.RunAsync("gate", "calibrate", "--plan", plan, "--reruns", "1", "--out", keep, "--data", Path.Combine(root, "no-data"));
        Assert.That(code, Is.Zero, error);

        static Dictionary<(string, int), string> Sampled(string directory) =>
            Evaluate.Core.Results.RunDirectory.Open(directory).Samples().Where(s => s.Strategy.StartsWith("sample", StringComparison.Ordinal))
                .ToDictionary(s => (s.ProblemId, s.SampleIndex), s => s.Response);
        var baseline = Sampled(Path.Combine(keep, "baseline"));
        var rerun = Sampled(Directory.GetDirectories(keep, "rerun-0001-*").Single());
        Assert.That(rerun, Has.Count.EqualTo(40));
        var shifted = rerun.Count(r => baseline.TryGetValue((r.Key.Item1, r.Key.Item2 + 1), out var b) && b == r.Value);
        Assert.That(shifted, Is.LessThan(10), "rerun samples repeating the baseline's next sample");
    }

    [Test]
    public async Task Two_calibrations_with_the_same_seeds_give_the_same_verdicts()
    {
        var root = TestRuns.NewDirectory();
        var plan = TinyPlan(root);
        var first = await CalibrateAsync(root, plan, "first");
        var second = await CalibrateAsync(root, plan, "second");

        Assert.That(JsonSerializer.Serialize(second.FalseAlarms), Is.EqualTo(JsonSerializer.Serialize(first.FalseAlarms)));
        Assert.That(JsonSerializer.Serialize(second.Detection), Is.EqualTo(JsonSerializer.Serialize(first.Detection)));
        Assert.That(second.RunFingerprint, Is.EqualTo(first.RunFingerprint));
    }

    [Test]
    public async Task Bad_input_exits_2_naming_the_cause_and_leaves_a_non_empty_out_directory_alone()
    {
        var root = TestRuns.NewDirectory();
        var plan = TinyPlan(root);
        var noData = Path.Combine(root, "no-data");

        var (zero, _, zeroError) = await InProcessCli.RunAsync("gate", "calibrate", "--plan", plan, "--reruns", "0", "--data", noData);
        Assert.That(zero, Is.EqualTo(2));
        Assert.That(zeroError, Does.Contain("--reruns must be at least 1"));

        var twoModels = TinyPlan(Path.Combine(root, "two"), "  - sim\n  - sim:skill=0.5\n");
        var (multi, _, multiError) = await InProcessCli.RunAsync("gate", "calibrate", "--plan", twoModels, "--reruns", "1", "--worse", "sim:skill=0.1", "--data", noData);
        Assert.That(multi, Is.EqualTo(2));
        Assert.That(multiError, Does.Contain("--worse replaces the plan's model"));

        var occupied = Path.Combine(root, "occupied");
        Directory.CreateDirectory(occupied);
        File.WriteAllText(Path.Combine(occupied, "keep.txt"), "mine");
        var (busy, _, busyError) = await InProcessCli.RunAsync("gate", "calibrate", "--plan", plan, "--reruns", "1", "--out", occupied, "--data", noData);
        Assert.That(busy, Is.EqualTo(2));
        Assert.That(busyError, Does.Contain("--out must be empty"));
        Assert.That(Directory.GetFileSystemEntries(occupied), Has.Length.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(occupied, "keep.txt")), Is.EqualTo("mine"));
    }
}

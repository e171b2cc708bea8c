using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Evaluate.Core;
using Evaluate.Core.Plans;
using Evaluate.Core.Running;
using Evaluate.Reports.Calibration;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Gate;

namespace Evaluate.Composition;

/// <summary>
/// `gate calibrate`: measures the gate instead of assuming its error rates. Runs the plan once as the baseline (at the
/// plan's seed S, or the one given), then N reruns at seeds S + i × <see cref="SeedStride"/> (i = 1..N), and gates each
/// against the baseline exactly as `gate` does (<see cref="Gatekeeper"/>): the share that fails is the false-alarm rate. With a
/// worse model, N more reruns of it at the same seeds give the detection rate. Runs go through <see cref="RunJob"/>,
/// the composition `run` uses, so what is measured is what users run. Each rerun's result depends only on its seed,
/// so running several at once changes nothing but the time taken.
/// </summary>
public sealed class GateCalibration(Registries registries, GateCalibrationOptions options, TextWriter output)
{
    /// <summary>
    /// The distance between rerun seeds. Sample j of a problem is drawn with seed + j, so reruns at seeds S+1, S+2 …
    /// would share n−1 of their n samples with the baseline and with each other (correlated reruns: too few false
    /// alarms near the baseline, failures in runs of consecutive seeds, and an interval that assumes independence
    /// where there is none). A stride far above any sample count keeps every rerun's draws its own.
    /// </summary>
    public const long SeedStride = 1_000_000;

    /// <summary>The seed of rerun <paramref name="index"/> (1-based) of a calibration whose baseline has <paramref name="baselineSeed"/>.</summary>
    public static long RerunSeed(long baselineSeed, int index) => baselineSeed + index * SeedStride;

    public async Task<CalibrationReport> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Reruns < 1) throw new UsageException($"--reruns must be at least 1 (got {options.Reruns})");
        if (options.Parallel < 1) throw new UsageException($"--parallel must be at least 1 (got {options.Parallel})");
        if (options.Limit is < 1) throw new UsageException($"--limit must be at least 1 (got {options.Limit})");
        if (!File.Exists(options.Plan)) throw new UsageException($"{options.Plan}: no such plan file");
        var catalog = registries.MetricCatalog;
        var plan = RunPlanFile.Load(options.Plan, registries.PlanKeys);
        if (options.Limit is { } limit) plan = plan with { Limit = limit };
        var seed = options.Seed ?? plan.Seed;
        plan = plan with { Seed = seed };
        var rules = options.Rules is null ? GateRules.Default : GateRulesFile.Load(options.Rules, catalog);
        var worsePlan = options.Worse is null ? null : WorsePlan(plan, options.Worse);
        var root = WorkingDirectory();
        var temporary = options.Out is null;

        try
        {
            var clock = Stopwatch.StartNew();
            var baselineDirectory = Path.Combine(root, "baseline");
            output.WriteLine($"baseline: {plan.Name} at seed {seed}");
            await RunAsync(plan, baselineDirectory, cancellationToken).ConfigureAwait(false);
            var baseline = RunEvidence.Read(baselineDirectory);
            output.WriteLine($"baseline done in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; {options.Reruns} reruns at seeds {SeedRange(seed)}{(worsePlan is null ? "" : $", then {options.Reruns} of {options.Worse} at the same seeds")}");

            var nullArm = await ArmAsync("rerun", plan, baseline, rules, root, cancellationToken).ConfigureAwait(false);
            var worseArm = worsePlan is null ? null : await ArmAsync("worse", worsePlan, baseline, rules, root, cancellationToken).ConfigureAwait(false);
            return new CalibrationReport(CalibrationReport.SchemaName, options.Plan, Sha256(options.Plan), baseline.Manifest.Fingerprint,
                options.Rules ?? "default", options.Rules is null ? null : Sha256(options.Rules), options.Limit, seed,
                $"{SeedRange(seed)} (baseline seed + i × {SeedStride.ToString(CultureInfo.InvariantCulture)}, i = 1..{options.Reruns})",
                CalibrationArm.Of(string.Join(", ", plan.Models), nullArm), worseArm is null ? null : CalibrationArm.Of(options.Worse!, worseArm),
                clock.Elapsed.TotalSeconds);
        }
        finally
        {
            if (temporary) TryDelete(root);
        }
    }

    private string SeedRange(long seed) => options.Reruns == 1
        ? RerunSeed(seed, 1).ToString(CultureInfo.InvariantCulture)
        : $"{RerunSeed(seed, 1).ToString(CultureInfo.InvariantCulture)}, {RerunSeed(seed, 2).ToString(CultureInfo.InvariantCulture)}{(options.Reruns > 2 ? $" … {RerunSeed(seed, options.Reruns).ToString(CultureInfo.InvariantCulture)}" : "")}";

    /// <summary>The plan with the worse model in place of its one model (the cells then pair with the baseline's).</summary>
    private RunPlan WorsePlan(RunPlan plan, string worse)
    {
        if (plan.Models.Count != 1)
            throw new UsageException($"{options.Plan}: --worse replaces the plan's model, but the plan lists {plan.Models.Count} ({string.Join(", ", plan.Models)}); calibrate with a one-model plan");
        registries.Models.Validate(registries.ParseModel(worse));
        return plan with { Models = [worse] };
    }

    private async Task<List<RerunVerdict>> ArmAsync(string arm, RunPlan plan, RunEvidence baseline, GateRules rules, string root, CancellationToken cancellationToken)
    {
        var verdicts = new RerunVerdict[options.Reruns];
        var done = 0;
        var gate = new object();
        using var slots = new SemaphoreSlim(options.Parallel);
        var tasks = Enumerable.Range(1, options.Reruns).Select(async i =>
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var seed = RerunSeed(plan.Seed, i);
                var directory = Path.Combine(root, $"{arm}-{i.ToString("D4", CultureInfo.InvariantCulture)}-seed-{seed.ToString(CultureInfo.InvariantCulture)}");
                await RunAsync(plan with { Seed = seed }, directory, cancellationToken).ConfigureAwait(false);
                var verdict = Gatekeeper.Decide(baseline, RunEvidence.Read(directory), rules, registries.MetricCatalog);
                verdicts[i - 1] = CalibrationArm.Verdict(seed, verdict);
                if (options.Out is null) TryDelete(directory);
                lock (gate)
                {
                    done++;
                    var failed = verdicts[i - 1].FailedChecks;
                    output.WriteLine($"  [{done}/{options.Reruns}] {arm} {i} (seed {seed}): {(failed.Count == 0 ? "passed" : $"FAILED: {string.Join("; ", failed.Take(3))}{(failed.Count > 3 ? " …" : "")}")}");
                }
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return [.. verdicts];
    }

    /// <summary>One run of the plan into <paramref name="directory"/>; a run with errored problems is no measurement.</summary>
    private async Task RunAsync(RunPlan plan, string directory, CancellationToken cancellationToken)
    {
        var job = new RunJob(plan, registries, new RunJobOptions(options.Data, directory, Resume: false, TextWriter.Null));
        await job.RunAsync(SilentProgress.Instance, cancellationToken).ConfigureAwait(false);
        var errors = job.Summary!.Results.Sum(r => (int)(Core.Metrics.MetricValue.Number(r.Metrics, "errors") ?? 0));
        if (errors > 0)
            throw new UsageException($"the run at seed {plan.Seed} had {errors} errored problem(s) (first: {job.FirstError}); calibration needs complete runs");
    }

    /// <summary>--out must be new or empty: nothing already on disk is overwritten.</summary>
    private string WorkingDirectory()
    {
        if (options.Out is not { } outDirectory)
            return Path.Combine(Path.GetTempPath(), "evaluate-calibrate", Guid.NewGuid().ToString("N"));
        if (Directory.Exists(outDirectory) && Directory.EnumerateFileSystemEntries(outDirectory).Any())
            throw new UsageException($"{outDirectory}: --out must be empty or absent (calibration writes a baseline and one directory per rerun there)");
        return outDirectory;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void TryDelete(string directory)
    {
        try { if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* a temporary directory left behind is harmless */ }
    }
}

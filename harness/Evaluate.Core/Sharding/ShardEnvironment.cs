using System.Globalization;

namespace Evaluate.Core.Sharding;

/// <summary>
/// <c>--shard auto</c>: the shard from the variables the engine running the process sets. Exactly one engine's
/// variables must be present; missing or inconsistent values are usage errors naming the variables.
/// <list type="bullet">
/// <item>Generic and GitHub Actions matrix: <c>EVALUATE_SHARD_INDEX</c> and <c>EVALUATE_SHARD_COUNT</c> (set them from the matrix).</item>
/// <item>Kubernetes Indexed Job: <c>JOB_COMPLETION_INDEX</c>; the count from <c>--shard-count</c> or <c>EVALUATE_SHARD_COUNT</c>
/// (Kubernetes does not expose the job's completions to the pod).</item>
/// <item>SLURM job array: <c>SLURM_ARRAY_TASK_ID</c> with <c>SLURM_ARRAY_TASK_COUNT</c> and/or <c>SLURM_ARRAY_TASK_MIN</c>/<c>MAX</c>
/// (index = id − min; a stepped array such as 0-9:2 is refused, as its ids are not 0..N-1 after the shift).</item>
/// </list>
/// The environment is passed in (not read from the process) so tests running in parallel can each give their own.
/// </summary>
public static class ShardEnvironment
{
    public static Shard Resolve(IReadOnlyDictionary<string, string?> environment, int? countFlag)
    {
        string? Get(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        var engines = new List<string>();
        if (Get("EVALUATE_SHARD_INDEX") is not null) engines.Add("EVALUATE_SHARD_INDEX");
        if (Get("JOB_COMPLETION_INDEX") is not null) engines.Add("JOB_COMPLETION_INDEX (Kubernetes)");
        if (Get("SLURM_ARRAY_TASK_ID") is not null) engines.Add("SLURM_ARRAY_TASK_ID (SLURM)");
        if (engines.Count == 0)
            throw new UsageException("--shard auto: no shard variables found: set EVALUATE_SHARD_INDEX and EVALUATE_SHARD_COUNT, or run as a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) or a SLURM array task (SLURM_ARRAY_TASK_ID)");
        if (engines.Count > 1)
            throw new UsageException($"--shard auto: variables of more than one engine are set ({string.Join(", ", engines)}); pass --shard I/N instead");

        int Number(string name)
        {
            var text = Get(name) ?? throw new UsageException($"--shard auto: {name} is not set");
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value : throw new UsageException($"--shard auto: {name} must be a whole number, got '{text}'");
        }
        int? Optional(string name) => Get(name) is null ? null : Number(name);

        int Count(int? fromEnvironment, string variable)
        {
            if (countFlag is { } flag && fromEnvironment is { } env && flag != env)
                throw new UsageException($"--shard auto: --shard-count {flag} disagrees with {variable}={env}");
            return countFlag ?? fromEnvironment
                ?? throw new UsageException($"--shard auto: the shard count is unknown: pass --shard-count N or set {variable}");
        }

        if (Get("EVALUATE_SHARD_INDEX") is not null)
            return Shard.Checked(Number("EVALUATE_SHARD_INDEX"), Count(Optional("EVALUATE_SHARD_COUNT"), "EVALUATE_SHARD_COUNT"), "--shard auto (EVALUATE_SHARD_INDEX/EVALUATE_SHARD_COUNT)");
        if (Get("JOB_COMPLETION_INDEX") is not null)
            return Shard.Checked(Number("JOB_COMPLETION_INDEX"), Count(Optional("EVALUATE_SHARD_COUNT"), "EVALUATE_SHARD_COUNT"), "--shard auto (JOB_COMPLETION_INDEX)");
        return Slurm(Number("SLURM_ARRAY_TASK_ID"), Optional("SLURM_ARRAY_TASK_COUNT"), Optional("SLURM_ARRAY_TASK_MIN"), Optional("SLURM_ARRAY_TASK_MAX"), Count);
    }

    private static Shard Slurm(int id, int? count, int? min, int? max, Func<int?, string, int> resolveCount)
    {
        if (min is null != max is null)
            throw new UsageException("--shard auto: SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_MAX must be set together");
        int? span = min is { } lo && max is { } hi ? hi - lo + 1 : null;
        if (count is { } c && span is { } s && c != s)
            throw new UsageException($"--shard auto: SLURM_ARRAY_TASK_COUNT={count} but SLURM_ARRAY_TASK_MIN..MAX spans {span} ids (a stepped or sparse array); use --array=0-{c - 1}");
        var total = resolveCount(count ?? span, "SLURM_ARRAY_TASK_COUNT");
        return Shard.Checked(id - (min ?? 0), total, $"--shard auto (SLURM_ARRAY_TASK_ID={id}{(min is null ? "" : $", SLURM_ARRAY_TASK_MIN={min}")})");
    }
}

using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Core;
using Evaluate.Core.Plans;

namespace Evaluate.Cli.Commands;

/// <summary>
/// The flags of `run`. Each plan key's flag, help and parsing come from its declaration in the run's
/// <see cref="PlanKeyTable"/> (<see cref="Registries.PlanKeys"/>); component lists in help come from the registries.
/// The flags below are about this invocation (files, output, sharding), not the plan.
/// </summary>
public sealed class RunFlags
{
    private readonly Registries _registries;
    private readonly IReadOnlyList<(PlanKey Key, Option Option)> _planFlags;

    public RunFlags(Registries registries)
    {
        _registries = registries;
        _planFlags = registries.PlanKeys.Keys.Where(k => k.Flag != PlanKey.NoFlag).Select(k => (k, CreateOption(k))).ToList();
    }

    public Option<string?> Plan { get; } = new("--plan") { Description = "Run plan file (YAML or JSON): models × suites × strategies, k values, seeds, concurrency" };
    public Option<string?> Data { get; } = new("--data") { Description = "Dataset directory (default: $EVALUATE_DATA, else the user cache)" };
    public Option<string?> Out { get; } = new("--out") { Description = "Output directory (default results/<timestamp>-<name>)" };
    public Option<bool> Resume { get; } = new("--resume") { Description = "Continue an interrupted run in --out (refused when the plan differs from that run's)" };
    public Option<string?> History { get; } = new("--history") { Description = "Append the finished run's summary and records to this SQLite history database (see `report --history`, `gate --history`)" };
    public Option<string?> HistoryTag { get; } = new("--history-tag") { Description = "With --history: tag the entry (gate --history FILE --tag NAME compares with the latest run so tagged)" };
    public Option<string?> Shard { get; } = new("--shard") { Description = "Run one shard of every cell's problems: I/N (0-based), or auto (Kubernetes Indexed Job, SLURM array, EVALUATE_SHARD_INDEX/COUNT); merge the shards with `evaluate merge` (see docs/scale.md)" };
    public Option<int?> ShardCount { get; } = new("--shard-count") { Description = "With --shard auto: the number of shards where the engine does not say (Kubernetes: the Job's completions)" };
    public Option<bool> Report { get; } = new("--report") { Description = "Also write report.html (with charts and the sample browser) into the output directory" };
    public Option<bool> AllowUnverifiedData { get; } = new("--allow-unverified-data") { Description = "Run even when a data file's SHA-256 differs from its pin (`datasets verify` says which); recorded in manifest.json" };

    public void AddTo(Command command)
    {
        command.Options.Add(Plan);
        foreach (var (_, option) in _planFlags) command.Options.Add(option);
        foreach (var option in new Option[] { Data, Out, Resume, History, HistoryTag, Report, Shard, ShardCount, AllowUnverifiedData })
            command.Options.Add(option);
    }

    /// <summary>
    /// The plan file (if any) with every given flag applied over it, and beneath both the protocol preset it names
    /// (<c>--protocol</c> / <c>protocol:</c>): a key the file or a flag gives wins over the preset.
    /// </summary>
    public RunPlan Resolve(ParseResult parse)
    {
        var planPath = parse.GetValue(Plan);
        var given = new HashSet<string>(StringComparer.Ordinal);
        var plan = planPath is null ? new RunPlan() : RunPlanFile.Load(planPath, _registries.PlanKeys, given);
        foreach (var (key, option) in _planFlags)
            if (Given(parse, key, option) is { } text)
            {
                plan = Apply(plan, key, text);
                given.Add(key.Name);
            }
        return plan.Protocol is { } protocol && !string.IsNullOrWhiteSpace(protocol)
            ? Core.Protocols.ProtocolResolver.Default.Load(protocol, _registries.PlanKeys).ApplyTo(plan, given)
            : plan;
    }

    /// <summary>The plan with one key's flag applied; a value its type cannot read is a usage error naming the flag.</summary>
    public static RunPlan Apply(RunPlan plan, PlanKey key, PlanText text)
    {
        try
        {
            return key.ReadFlag(plan, text);
        }
        catch (PlanValueException e)
        {
            throw new UsageException($"{key} {e.Message}");
        }
    }

    /// <summary>The flag's value as plan text, or null when the flag was not given (or given empty).</summary>
    private static PlanText? Given(ParseResult parse, PlanKey key, Option option) => option switch
    {
        Option<bool?> flag => parse.GetValue(flag) is { } on ? PlanText.Of(on ? "true" : "false") : null,
        Option<string[]> repeated => parse.GetValue(repeated) is { Length: > 0 } items ? PlanText.Of(items) : null,
        Option<string?> scalar => parse.GetValue(scalar) is { } text && !string.IsNullOrWhiteSpace(text) ? PlanText.Of(text) : null,
        _ => throw new InvalidOperationException($"no flag shape for plan key {key}"),
    };

    private Option CreateOption(PlanKey key)
    {
        var help = key.Lists is { } kind ? key.Help.Replace("{names}", _registries.NameList(kind), StringComparison.Ordinal) : key.Help;
        if (key.IsSwitch) return new Option<bool?>(key.Flag) { Description = help };
        if (key.IsRepeated) return new Option<string[]>(key.Flag) { Description = help };
        return new Option<string?>(key.Flag) { Description = help };
    }
}

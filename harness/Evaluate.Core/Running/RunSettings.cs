using Evaluate.Core.Strategies;

namespace Evaluate.Core.Running;

/// <summary>How the runner runs: concurrency, seeds, limits, where results go and whether to resume.</summary>
public sealed record RunSettings
{
    public required string RunName { get; init; }
    public required string OutputDirectory { get; init; }
    public long Seed { get; init; } = 1234;
    public int Concurrency { get; init; } = 4;
    public int MaxTokens { get; init; } = 4096;
    public ComputeBudget Budget { get; init; } = ComputeBudget.Unlimited;
    /// <summary>Continue a run in an existing output directory, skipping problems already done.</summary>
    public bool Resume { get; init; }
    /// <summary>On resume, run errored problems again (default) instead of keeping their errors.</summary>
    public bool RetryErrors { get; init; } = true;
    /// <summary>How many errored problems the run tolerates before it stops (exit code 3).</summary>
    public ErrorLimit MaxErrors { get; init; } = ErrorLimit.Default;
    /// <summary>Longest one problem may take, retries included; past it the problem is recorded as an error.</summary>
    public TimeSpan? ProblemTimeout { get; init; }
    /// <summary>Stops the run once this invocation's spend reaches <c>--max-cost</c> (exit code 3); null: no limit.</summary>
    public Costs.CostWatch? MaxCost { get; init; }
    /// <summary>Run only this shard's problems of each cell (records keep their index in the whole selection).</summary>
    public Sharding.Shard? Shard { get; init; }
    /// <summary>Re-ask answerless samples for their final answer before grading (--reask); null: never.</summary>
    public Grading.Reasking.ReaskSettings? Reask { get; init; }
    /// <summary>Record each problem's search tree in traces.jsonl (--traces); off by default.</summary>
    public bool Traces { get; init; }
    /// <summary>Grading steps after the rules, in order (a re-ask, a judge); none by default.</summary>
    public IReadOnlyList<Grading.IGradingStage> GradingStages { get; init; } = [];
}

namespace Evaluate.Core.Plans;

/// <summary>
/// A run described as data: models × suites × strategies plus selection, seeds and limits. Loaded from YAML or JSON
/// (<see cref="RunPlanFile"/>) and overridden by command-line flags. Components are written as specs such as
/// <c>sim:skill=0.7</c>, <c>game24:prompt=io</c>, <c>sample:n=8,temperature=0.8</c>. Every key is declared once in
/// <see cref="PlanKeys"/> (help, flag, rule, whether the manifest records it); the defaults are here. Settings of one
/// component (an adapter's endpoint) are not properties: the component declares them and they live in
/// <see cref="Settings"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(RunPlanJson))]
public sealed record RunPlan
{
    public string Name { get; init; } = "run";
    public IReadOnlyList<string> Models { get; init; } = ["sim"];
    public IReadOnlyList<string> Suites { get; init; } = ["game24"];
    public IReadOnlyList<string> Strategies { get; init; } = ["greedy"];
    public bool SkipMissingSuites { get; init; }
    public string? Split { get; init; }
    public IReadOnlyList<string>? Ids { get; init; }
    public IReadOnlyList<string>? Levels { get; init; }
    public double? MinDifficulty { get; init; }
    public double? MaxDifficulty { get; init; }
    public int? Limit { get; init; }
    public long Seed { get; init; } = 1234;
    public int Concurrency { get; init; } = 4;
    public int MaxTokens { get; init; } = 4096;
    /// <summary>A budget sweep: each strategy runs once per budget (see <see cref="Strategies.Budgets.BudgetSweep"/>); null: no sweep.</summary>
    public IReadOnlyList<int>? Budgets { get; init; }
    public IReadOnlyList<int>? K { get; init; }
    public long? MaxTokensPerProblem { get; init; }
    public int? MaxCallsPerProblem { get; init; }
    public int? N { get; init; }
    public double? Temperature { get; init; }
    public double? TopP { get; init; }
    public string? Protocol { get; init; }
    public string? PromptSuffix { get; init; }
    public IReadOnlyList<string>? NPerSuite { get; init; }
    /// <summary>The values of keys that components declare (declared with <see cref="PlanKey{T}"/>'s settings constructor).</summary>
    public PlanSettings Settings { get; init; } = PlanSettings.Empty;
    public string? Reward { get; init; }
    public string Tokenizer { get; init; } = "o200k_base";
    public string StepAggregate { get; init; } = "last";
    public string? Cache { get; init; }
    public string? MaxErrors { get; init; }
    public double? ProblemTimeout { get; init; }
    public bool AllowErrors { get; init; }
    public bool RetryErrors { get; init; } = true;
    /// <summary>The model's release date or knowledge cutoff (YYYY-MM or YYYY-MM-DD): cells of older suites are marked (see <see cref="Evaluate.Core.Suites.Contamination"/>).</summary>
    public string? Released { get; init; }
    public string? Prices { get; init; }
    public double? MaxCost { get; init; }
    /// <summary>Re-ask answerless samples for their final answer (see <see cref="Grading.Reasking.ReaskStage"/>); null: never.</summary>
    public bool? Reask { get; init; }
    /// <summary>The model spec re-asks go to; null: each cell's own model.</summary>
    public string? ReaskModel { get; init; }
    /// <summary>Record each problem's search tree in traces.jsonl (see <see cref="Evaluate.Core.Traces.TracePlanKeys"/>); null: never.</summary>
    public bool? Traces { get; init; }
}

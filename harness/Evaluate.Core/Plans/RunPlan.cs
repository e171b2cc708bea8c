namespace Evaluate.Core.Plans;

/// <summary>
/// A run described as data: models × suites × strategies plus selection, seeds and limits. Loaded from YAML or JSON
/// (<see cref="RunPlanFile"/>) and overridden by command-line flags. Components are written as specs such as
/// <c>sim:skill=0.7</c>, <c>game24:prompt=io</c>, <c>sample:n=8,temperature=0.8</c>.
/// </summary>
public sealed record RunPlan
{
    public string Name { get; init; } = "run";
    public IReadOnlyList<string> Models { get; init; } = ["sim"];
    public IReadOnlyList<string> Suites { get; init; } = ["game24"];
    public IReadOnlyList<string> Strategies { get; init; } = ["greedy"];
    /// <summary>Skip suites whose data is missing instead of failing (the main job runs whatever is present).</summary>
    public bool SkipMissingSuites { get; init; }
    public string? Split { get; init; }
    public IReadOnlyList<string>? Ids { get; init; }
    public IReadOnlyList<string>? Levels { get; init; }
    public double? MinDifficulty { get; init; }
    public double? MaxDifficulty { get; init; }
    public int? Limit { get; init; }
    public long Seed { get; init; } = 1234;
    /// <summary>How many problems run at once: changes no result, so it is not recorded in the manifest (run.json has it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Concurrency { get; init; } = 4;
    public int MaxTokens { get; init; } = 4096;
    public IReadOnlyList<int>? K { get; init; }
    public long? MaxTokensPerProblem { get; init; }
    public int? MaxCallsPerProblem { get; init; }
    /// <summary>Default sampling for strategies that sample, unless their spec says otherwise.</summary>
    public int? N { get; init; }
    public double? Temperature { get; init; }
    public string? ModelName { get; init; }
    public string? BaseUrl { get; init; }
    /// <summary>Several replicas of the model (<c>--base-url</c> repeated, <c>base_urls:</c>): requests are spread over them.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? BaseUrls { get; init; }
    public string? Reward { get; init; }
    /// <summary>Tokenizer for counts servers do not report and for positions inside responses: o200k_base, o200k_harmony or approx.</summary>
    public string Tokenizer { get; init; } = "o200k_base";
    /// <summary>How per-step scores combine into one score for rm@k and wmaj@k: last (default), min or product.</summary>
    public string StepAggregate { get; init; } = "last";
    /// <summary>A SQLite response cache file: answers it holds are not asked again (changes no result).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Cache { get; init; }

    // The error policy below decides whether a run goes on or stops, never what it records: not part of the manifest.
    /// <summary>Errored problems tolerated before the run stops (exit 3): a count ("10") or a share ("5%"); default 20%.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? MaxErrors { get; init; }
    /// <summary>Seconds one problem may take, retries included; past it the problem is an error (default: no deadline).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double? ProblemTimeout { get; init; }
    /// <summary>Exit 0 even when some problems errored (they are still counted and shown).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AllowErrors { get; init; }
    /// <summary>On --resume, run errored problems again (default true).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool RetryErrors { get; init; } = true;
}

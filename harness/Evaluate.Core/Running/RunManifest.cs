using System.Text.Json.Serialization;
using Evaluate.Core.Components;
using Evaluate.Core.Plans;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Running;

/// <summary>Everything needed to reproduce a run: tool version, the resolved plan, every component and dataset.</summary>
public sealed record RunManifest
{
    [JsonPropertyName("tool")] public required string Tool { get; init; }
    [JsonPropertyName("tool_version")] public required string ToolVersion { get; init; }
    [JsonPropertyName("run")] public required string Run { get; init; }
    [JsonPropertyName("plan")] public required RunPlan Plan { get; init; }
    [JsonPropertyName("cells")] public required IReadOnlyList<CellManifest> Cells { get; init; }
    [JsonPropertyName("datasets")] public required IReadOnlyList<DatasetFileInfo> Datasets { get; init; }
    /// <summary>SHA-256 of the run's <see cref="RunIdentity"/>: equal fingerprints, equal records.</summary>
    [JsonPropertyName("fingerprint")] public string? Fingerprint { get; init; }
    /// <summary>The fields behind <see cref="Fingerprint"/>, so a refused resume can name what changed.</summary>
    [JsonPropertyName("identity")] public IReadOnlyDictionary<string, string>? Identity { get; init; }
    /// <summary>
    /// The part of the run this directory holds (<c>run --shard</c>); absent for a whole run. Not part of the identity:
    /// every shard of a run shares its fingerprint, which is how <c>merge</c> knows they belong together.
    /// </summary>
    [JsonPropertyName("shard"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Sharding.Shard? Shard { get; init; }

    /// <summary>
    /// With run --allow-unverified-data: the data files read although their SHA-256 differs from their pin (empty when
    /// every file matched); absent when the flag was not given. Not part of the identity: the hashes in
    /// <see cref="Datasets"/> already are.
    /// </summary>
    [JsonPropertyName("unverified_data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<UnverifiedDataset>? UnverifiedData { get; init; }

    /// <summary>
    /// With a price table (<c>prices:</c> or <c>--prices</c>): the price each model of the run was costed at, by the model as
    /// records name it (a model the table does not name is left out: its cost metrics are absent). Absent without a table.
    /// Not part of the identity: prices change no record, only the cost figures read from them.
    /// </summary>
    [JsonPropertyName("prices"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyDictionary<string, Costs.TokenPrice>? Prices { get; init; }

    /// <summary>
    /// With a judge (<c>--judge</c>) and a price table that names it: the price its calls were costed at (judge_cost_usd).
    /// Absent otherwise. Not part of the identity, as <see cref="Prices"/>.
    /// </summary>
    [JsonPropertyName("judge_price"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Costs.TokenPrice? JudgePrice { get; init; }

    /// <summary>This manifest with its identity and fingerprint filled in from its plan, cells and datasets.</summary>
    public RunManifest WithIdentity()
    {
        var identity = RunIdentity.Of(this);
        return this with { Identity = identity.Fields, Fingerprint = identity.Fingerprint };
    }
}

/// <summary>The components of one cell with their parameters.</summary>
public sealed record CellManifest(
    [property: JsonPropertyName("model")] ComponentDescriptor Model,
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("suite_version")] string SuiteVersion,
    [property: JsonPropertyName("strategy")] ComponentDescriptor Strategy,
    [property: JsonPropertyName("reward")] ComponentDescriptor? Reward,
    [property: JsonPropertyName("problems")] int Problems,
    [property: JsonPropertyName("suite_date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SuiteDate = null)
{
    public RunKey Key => new(Model.ToString(), Suite, Strategy.ToString());

    /// <summary>The cell's budget in a budget sweep; absent otherwise (so manifests without one keep their bytes).</summary>
    [JsonPropertyName("budget"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public CellBudget? Budget { get; init; }

    /// <summary>The suite's date (<see cref="IDatedSuite"/>) is recorded for the contamination mark; it is not part of the identity.</summary>
    public static CellManifest Of(RunCell cell) => new(
        cell.Model.Descriptor, cell.Suite.Name, cell.Suite.Version, cell.Strategy.Descriptor, cell.Reward?.Descriptor, cell.Problems.Count,
        SuiteDates.Of(cell.Suite)?.Date.ToString()) { Budget = cell.Budget };
}

using System.Text.Json;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Reports.History;

/// <summary>One appended run: when, its name, tag, whether a gate passed it (null: not gated) and its summary.json text.</summary>
public sealed record HistoryEntry(long Id, string RecordedAt, string RunName, string? Tag, bool? GatePassed, string SummaryJson)
{
    /// <summary>The run's fingerprint (its plan, components and datasets); null for runs recorded without one.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// The drops from the previous entry, each tested as the gate tests (filled by <see cref="HistoryStore.EntriesWithDrops"/>;
    /// empty otherwise).
    /// </summary>
    public IReadOnlyList<TrendDrop> Drops { get; init; } = [];

    public RunSummary Summary() => JsonSerializer.Deserialize<RunSummary>(SummaryJson, ResultJson.Indented)!;

    /// <summary>How people name this entry: run name, tag and date (never a temporary directory).</summary>
    public string Label => HistoryLabels.Of(Id, RunName, Tag, RecordedAt);
}

using System.Text.Json;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Reports.History;

/// <summary>One appended run: when, its name, tag, whether a gate passed it (null: not gated) and its summary.json text.</summary>
public sealed record HistoryEntry(long Id, string RecordedAt, string RunName, string? Tag, bool? GatePassed, string SummaryJson)
{
    public RunSummary Summary() => JsonSerializer.Deserialize<RunSummary>(SummaryJson, ResultJson.Indented)!;
}

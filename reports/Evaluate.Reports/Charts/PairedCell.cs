using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>One cell key with each run's cell (null where that run has no such cell), in the report's run order.</summary>
/// <param name="ModelLabel">The model's label when the key includes the model, else "".</param>
public sealed record PairedCell(CellKey Key, string ModelLabel, IReadOnlyList<CellSummary?> ByRun)
{
    /// <summary>Suite and strategy (and the model when it is part of the key), as rows and panels are titled.</summary>
    public string Label => (ModelLabel.Length > 0 ? ChartStyle.ShortModel(ModelLabel) + " · " : "") + $"{Key.Suite} · {ChartStyle.StrategyLabel(Key.Strategy)}";

    /// <summary>The strategy (with the model when it is part of the key), as an x-axis category inside a suite's panel.</summary>
    public string StrategyCategory => (ModelLabel.Length > 0 ? ChartStyle.ShortModel(ModelLabel) + " · " : "") + ChartStyle.StrategyLabel(Key.Strategy);
}

using System.Globalization;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// Whether a cell is deterministic: a rerun of an unchanged model gives the same answer to every problem, so a newly
/// failed problem is a change, not sampling noise, and a count cap may apply to it. True when the strategy records
/// temperature 0 (greedy is "n=1, temperature=0"); false when it records a temperature above 0; for a strategy that
/// records no temperature (replay), true when every problem has at most one sample. A pair is deterministic when
/// both cells are. A real model served with batching (vLLM) is not bit-reproducible even at temperature 0:
/// docs/reports.md says so.
/// </summary>
public static class CellDeterminism
{
    public static bool Of(CellEvidence cell) =>
        Temperature(cell) is { } temperature ? temperature == 0 : cell.Problems.Values.All(p => p.Samples.Count <= 1);

    public static bool Of(CellEvidence baseline, CellEvidence candidate) => Of(baseline) && Of(candidate);

    private static double? Temperature(CellEvidence cell) =>
        cell.StrategyParameters.TryGetValue("temperature", out var text)
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

namespace Evaluate.Reports.Html;

/// <summary>
/// Holm's step-down procedure (Holm 1979): of m p-values sorted ascending, the i-th (0-based) is significant while
/// every p before it and itself are ≤ α / (m − i). It keeps the chance of any false mark in the family ≤ α, which a
/// table of dozens of uncorrected tests does not.
/// </summary>
public static class HolmCorrection
{
    public static bool[] Significant(IReadOnlyList<double> pValues, double alpha)
    {
        var marks = new bool[pValues.Count];
        var order = Enumerable.Range(0, pValues.Count).OrderBy(i => pValues[i]).ThenBy(i => i).ToList();
        for (var rank = 0; rank < order.Count; rank++)
        {
            if (pValues[order[rank]] > alpha / (order.Count - rank)) break;
            marks[order[rank]] = true;
        }
        return marks;
    }
}

using System.Globalization;
using System.Text;

namespace Evaluate.Reports.Comparison;

/// <summary>The comparison as a plain terminal table per cell: metric, baseline, candidate, delta, p-value, MDE; then the flips.</summary>
public static class ComparisonTextWriter
{
    public static string Write(RunComparison comparison)
    {
        var sb = new StringBuilder();
        foreach (var mismatch in comparison.Mismatches) sb.AppendLine($"warning: {mismatch}");
        foreach (var cell in comparison.Cells)
        {
            sb.AppendLine();
            sb.AppendLine($"{cell.Label}: {cell.PairedProblems} paired problems" + (cell.LeftOut > 0
                ? $" (left out: {cell.LeftOutBaselineOnly} only in the baseline, {cell.LeftOutCandidateOnly} only in the candidate)" : ""));
            var rows = new List<string[]> { new[] { "metric", "baseline", "candidate", "delta", "95% CI", "p", "test", "MDE" } };
            rows.AddRange(cell.Metrics.Select(m => new[]
            {
                m.Metric, F(m.Baseline), F(m.Candidate), S(m.Delta), $"[{S(m.Low)}, {S(m.High)}]", Gate.GateEvaluator.PValue(m.PValue), m.Test, m.Mde is { } mde ? F(mde) : "n/a",
            }));
            var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
            foreach (var row in rows) sb.AppendLine("  " + string.Join("  ", row.Select((v, i) => i == 0 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))).TrimEnd());
            sb.AppendLine($"  newly wrong ({cell.NewlyWrong.Count}): {(cell.NewlyWrong.Count == 0 ? "none" : string.Join(", ", cell.NewlyWrong))}");
            sb.AppendLine($"  newly right ({cell.NewlyRight.Count}): {(cell.NewlyRight.Count == 0 ? "none" : string.Join(", ", cell.NewlyRight))}");
        }
        foreach (var cell in comparison.BaselineOnlyCells) sb.AppendLine($"only in the baseline: {cell}");
        foreach (var cell in comparison.CandidateOnlyCells) sb.AppendLine($"only in the candidate: {cell}");
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string S(double v) => v.ToString("+0.####;-0.####;0", CultureInfo.InvariantCulture);
}

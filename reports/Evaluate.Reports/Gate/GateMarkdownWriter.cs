using System.Text;
using Evaluate.Reports.Markdown;

namespace Evaluate.Reports.Gate;

/// <summary>The gate's verdict as a Markdown table (one row per rule × cell), for $GITHUB_STEP_SUMMARY and PR comments.</summary>
public static class GateMarkdownWriter
{
    public static string Write(GateVerdict verdict)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"## Regression gate: {(verdict.Passed ? "✅ passed" : "❌ failed")}");
        sb.AppendLine();
        sb.AppendLine($"Baseline `{MarkdownText.Cell(Path.GetFileName(verdict.Baseline))}`, candidate `{MarkdownText.Cell(Path.GetFileName(verdict.Candidate))}`. "
            + "A drop fails only when it is beyond its tolerance and significant after the correction. "
            + $"Correction: {verdict.CorrectionName} over {verdict.FamilySize} checks at α {verdict.Alpha.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)} "
            + "(the probability that a rerun of an unchanged model fails this gate)"
            + (verdict.Underpowered.Count > 0 ? $"; ⚠️ {verdict.Underpowered.Count} underpowered." : "."));
        sb.AppendLine();
        sb.AppendLine("| verdict | cell | rule | detail |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var check in verdict.Checks.OrderBy(c => c.Outcome == GateOutcome.Fail ? 0 : c.Outcome == GateOutcome.Pass ? 1 : 2))
        {
            var mark = check.Outcome switch { GateOutcome.Fail => "❌ fail", GateOutcome.Pass => "✅ pass", _ => "➖ skipped" }
                + (check.Underpowered ? " ⚠️ underpowered" : "");
            sb.AppendLine($"| {mark} | {MarkdownText.Cell(check.Cell)} | {MarkdownText.Cell(check.Rule)} | {MarkdownText.Cell(check.Message)} |");
        }
        if (verdict.Notes.Count > 0)
        {
            sb.AppendLine();
            foreach (var note in verdict.Notes) sb.AppendLine($"- {MarkdownText.Cell(note)}");
        }
        return sb.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Evaluate.Reports.Fidelity;

/// <summary>
/// Prints a fidelity measurement as plain text: agreement raw and without documented differences (with intervals),
/// then every disagreement grouped by cause, each with where it comes from, the gold, what we extracted, our verdict
/// and the other grader's. Upstream text is model output: it is shortened and its control characters escaped.
/// </summary>
public static class FidelityReport
{
    private const int Shown = 160;

    public static void Write(FidelityMeasurement measurement, TextWriter output)
    {
        var raw = measurement.Raw;
        output.WriteLine($"cases: {raw.Trials}; agreement (raw): {raw.Successes}/{raw.Trials} = {Percent(raw.Rate)} ({Level(raw.Level)} CI {Percent(raw.Low)}–{Percent(raw.High)}, {raw.Method})");
        var documented = measurement.Outcomes.Count(o => o.Case.Documented is not null);
        if (measurement.Adjusted is { } adjusted)
            output.WriteLine($"agreement without {documented} documented differences: {adjusted.Successes}/{adjusted.Trials} = {Percent(adjusted.Rate)} ({Level(adjusted.Level)} CI {Percent(adjusted.Low)}–{Percent(adjusted.High)})");
        var disagreements = measurement.Disagreements.ToList();
        output.WriteLine($"disagreements: {disagreements.Count}");
        foreach (var group in disagreements.GroupBy(o => o.Case.Documented is null ? o.Cause : $"documented: {o.Case.Documented}")
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine($"[{group.Key}] {group.Count()}");
            foreach (var outcome in group)
            {
                output.WriteLine($"  {outcome.Case.Source}:{outcome.Case.Line.ToString(CultureInfo.InvariantCulture)}");
                output.WriteLine($"    gold:      {Shorten(outcome.Case.Gold)}");
                output.WriteLine($"    extracted: {(outcome.Extracted is null ? "(none)" : Shorten(outcome.Extracted))}");
                output.WriteLine($"    ours:      {(outcome.Correct ? "correct" : "incorrect")} ({Shorten(outcome.Reason)}); theirs: {(outcome.Case.Expected ? "correct" : "incorrect")}");
            }
        }
    }

    private static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Level(double level) => (level * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>One line of at most <see cref="Shown"/> characters: the head and the tail, control characters escaped.</summary>
    public static string Shorten(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, Shown + 8));
        var cut = text.Length > Shown ? text[..(Shown / 2)] + " … " + text[^(Shown / 2)..] : text;
        foreach (var c in cut)
        {
            if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c == '\t') builder.Append("\\t");
            else if (char.IsControl(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            else builder.Append(c);
        }
        return builder.ToString();
    }
}

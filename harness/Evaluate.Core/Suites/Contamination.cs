using System.Globalization;
using Evaluate.Core.Metrics;

namespace Evaluate.Core.Suites;

/// <summary>
/// The one rule behind the "possibly contaminated" mark every reader shows: a cell is marked when its suite's date
/// (<see cref="IDatedSuite"/>, recorded as the manifest cell's <c>suite_date</c>) may precede the model's
/// <c>released</c> date (its release or knowledge cutoff, a plan key): the model may then have seen the problems.
/// Dates known only to the month are read generously: the suite's earliest possible day against the release's latest
/// possible day, so "2024-02" against "2024-02" is marked (it may be), "2025-02-15" against "2025-02-15" is not.
/// </summary>
public static class Contamination
{
    /// <summary>The mark put beside a marked cell's suite in tables that have no room for words.</summary>
    public const string Mark = "†";

    public const string Label = "possibly contaminated";

    /// <summary>True/false when both dates are known; null when the suite has no date or no released date is given.</summary>
    public static bool? PossiblyContaminated(string? suiteDate, string? released)
    {
        if (PartialDate.TryParse(suiteDate) is not { } suite || PartialDate.TryParse(released) is not { } model) return null;
        return suite.Earliest < model.Latest;
    }

    /// <summary>The suite's name with <see cref="Mark"/> when the cell is marked.</summary>
    public static string SuiteLabel(CellSummary cell) => cell.PossiblyContaminated == true ? $"{cell.Suite} {Mark}" : cell.Suite;

    /// <summary>The footnote explaining <see cref="Mark"/>, or null when no cell of the run is marked.</summary>
    public static string? Footnote(RunSummary summary)
    {
        var marked = summary.Results.Where(c => c.PossiblyContaminated == true).ToList();
        if (marked.Count == 0) return null;
        var suites = marked.Select(c => c.Suite).Distinct().Select(s =>
        {
            var date = summary.Manifest.Cells.FirstOrDefault(m => m.Suite == s)?.SuiteDate;
            return date is null ? s : string.Create(CultureInfo.InvariantCulture, $"{s} {date}");
        });
        return $"{Mark} {Label}: the suite's date precedes the model's released date {summary.Manifest.Plan.Released} ({string.Join(", ", suites)}); the model may have seen these problems in training.";
    }
}

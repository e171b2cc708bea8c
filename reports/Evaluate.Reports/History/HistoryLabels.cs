using System.Globalization;

namespace Evaluate.Reports.History;

/// <summary>
/// Names for history entries and baselines taken from them, by run name, tag and recording date, as a reader of a
/// verdict recognises them. No '/' appears in them: verdict writers print a baseline's last path segment.
/// </summary>
public static class HistoryLabels
{
    public static string Of(long id, string runName, string? tag, string recordedAt) =>
        Clean($"{runName} (history entry {id}{(tag is null ? "" : $", tag {tag}")}, recorded {Date(recordedAt)})");

    public static string Pooled(IReadOnlyList<(long Id, string RunName, string? Tag, string RecordedAt)> entries)
    {
        if (entries.Count == 1) return Of(entries[0].Id, entries[0].RunName, entries[0].Tag, entries[0].RecordedAt);
        var tags = entries.Select(e => e.Tag).Where(t => t is not null).Distinct().ToList();
        var dates = entries.Select(e => Date(e.RecordedAt)).Order(StringComparer.Ordinal).ToList();
        return Clean($"pooled {entries.Count} runs of {string.Join(", ", entries.Select(e => e.RunName).Distinct())} (history entries {string.Join(", ", entries.Select(e => e.Id).Order())}"
            + $"{(tags.Count == 0 ? "" : $", tag {string.Join(", ", tags)}")}, recorded {dates[0]}{(dates[0] == dates[^1] ? "" : $" to {dates[^1]}")})");
    }

    /// <summary>The recording time to the minute, UTC (entries store ISO 8601).</summary>
    public static string Date(string recordedAt) =>
        DateTimeOffset.TryParse(recordedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : recordedAt;

    private static string Clean(string label) => label.Replace('/', '∕').Replace('\\', '∖');
}

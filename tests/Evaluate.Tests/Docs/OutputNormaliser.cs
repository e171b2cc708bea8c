using System.Text.RegularExpressions;

namespace Evaluate.Tests.Docs;

/// <summary>
/// Makes a command's output and the output block a doc shows comparable: each kind of volatile text is replaced by
/// a placeholder, by one named rule, in both. Everything else (tables, counts, accuracies, token figures) must match
/// exactly. A doc may write the placeholders itself (<c>&lt;duration&gt;</c>) or show a real value.
/// </summary>
public static partial class OutputNormaliser
{
    /// <summary>The rules, in the order applied; the name says what a doc may show freely.</summary>
    public static IReadOnlyList<(string Kind, Func<string, string> Apply)> Rules { get; } =
    [
        ("line endings and trailing spaces", s => TrailingSpace().Replace(s.Replace("\r\n", "\n", StringComparison.Ordinal), "")),
        ("timestamps", s => Timestamp().Replace(CompactTimestamp().Replace(s, "<timestamp>"), "<timestamp>")),
        ("durations", s => Duration().Replace(Clock().Replace(s, "<duration>"), "<duration>")),
        ("rates", s => Rate().Replace(s, "<rate>")),
        ("memory", s => Memory().Replace(s, "<memory>")),
    ];

    /// <summary>The normalised text; <paramref name="workDirectory"/> (where the doc's commands ran) reads as '.'.</summary>
    public static string Normalise(string text, string? workDirectory = null)
    {
        if (workDirectory is not null)
            text = text.Replace(workDirectory.TrimEnd('/') + "/", "", StringComparison.Ordinal).Replace(workDirectory.TrimEnd('/'), ".", StringComparison.Ordinal);
        foreach (var (_, apply) in Rules) text = apply(text);
        return text.Trim('\n');
    }

    [GeneratedRegex(@"[ \t]+(?=\n|$)")]
    private static partial Regex TrailingSpace();

    [GeneratedRegex(@"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\b\d{8}-\d{6}\b")]
    private static partial Regex CompactTimestamp();

    [GeneratedRegex(@"\b\d+(\.\d+)?\s?(ns|µs|us|ms|s|sec|min|h)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b\d+:\d\d(:\d\d)?(\.\d+)?\b")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b\d+(\.\d+)?\s?k?\s?[a-z]+/s\b")]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b\d+(\.\d+)?\s?(B|KB|MB|GB|KiB|MiB|GiB)\b")]
    private static partial Regex Memory();
}

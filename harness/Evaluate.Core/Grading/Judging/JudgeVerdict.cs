namespace Evaluate.Core.Grading.Judging;

/// <summary>
/// What one judge call decided: <see cref="Correct"/> when it gave a verdict, else <see cref="Error"/> says why not
/// (an unparseable or empty reply, a failed call). No verdict is never read as correct (fail closed).
/// </summary>
/// <param name="Raw">The end of the judge's reply as received (bounded, <see cref="MaxRaw"/> characters); null when no reply came.</param>
public sealed record JudgeVerdict(bool? Correct, string? Error, string? Raw)
{
    /// <summary>How much of a reply a record keeps: the verdict line is at its end.</summary>
    public const int MaxRaw = 400;

    public static JudgeVerdict Failed(string error, string? raw = null) => new(null, error, raw is null ? null : Bounded(raw));

    /// <summary>The last <see cref="MaxRaw"/> characters of a reply.</summary>
    public static string Bounded(string raw) => raw.Length <= MaxRaw ? raw : "…" + raw[^MaxRaw..];
}

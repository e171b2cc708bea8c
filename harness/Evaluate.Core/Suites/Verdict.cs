namespace Evaluate.Core.Suites;

/// <summary>A grading decision and why it was reached (equal, numeric-equal, set-equal, unparseable, no-answer, …).</summary>
public sealed record Verdict(bool Correct, string Reason)
{
    /// <summary>
    /// Reasons that start with this mean the answer (or the gold) could not be graded exactly: not a confident
    /// not-equal. Summaries report their share as <c>ungradable_share</c>.
    /// </summary>
    public const string UngradablePrefix = "unparseable";

    public static Verdict NoAnswer { get; } = new(false, "no-answer");

    /// <summary>Whether a verdict reason means "could not be graded exactly" (see <see cref="UngradablePrefix"/>).</summary>
    public static bool IsUngradable(string reason) => reason.StartsWith(UngradablePrefix, StringComparison.Ordinal);
}

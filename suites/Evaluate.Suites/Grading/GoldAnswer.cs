namespace Evaluate.Suites.Grading;

/// <summary>
/// The answer a gold text states. Datasets sometimes hold a solution instead of an answer (Omni-MATH:
/// "The smallest possible value of \(a_{10}\) is \(248\).", "\[\boxed{60}\]"). A gold with a \boxed{} is its last
/// box (boxes joined as for responses); a gold that reads like a solution (an answer cue, "####" or a sentence)
/// goes through the same strict extraction as a response; any other gold is used as written.
/// </summary>
public static class GoldAnswer
{
    public const string LastBoxRule = "gold: last box";
    public const string ExtractedRule = "gold: extracted";

    /// <summary>The gold answer text and the rule that produced it (null when the gold is used as written).</summary>
    public readonly record struct Resolved(string Text, string? Rule);

    public static Resolved Resolve(string gold)
    {
        if (gold.Contains("\\boxed", StringComparison.Ordinal) || gold.Contains("\\fbox", StringComparison.Ordinal))
            return AnswerExtractor.LastBoxed(DoubleEscapedLatex.Unescape(gold)) is { } box ? new Resolved(box, LastBoxRule) : new Resolved(gold, null);
        // Longer golds are refused by the engine's length cap anyway; scanning them for prose would only cost time.
        if (gold.Length > GradingLimits.MaxAnswerLength * 2 || !ReadsLikeASolution(gold)) return new Resolved(gold, null);
        var extracted = AnswerExtractor.ExtractMath(gold, ExtractionMode.Strict);
        return extracted is null || extracted == AnswerText.Clean(gold) ? new Resolved(gold, null) : new Resolved(extracted, ExtractedRule);
    }

    private static bool ReadsLikeASolution(string gold) =>
        gold.Contains("answer", StringComparison.OrdinalIgnoreCase) || gold.Contains("####", StringComparison.Ordinal)
        || ProseWords.Count(gold, stopAt: 3) >= 3;
}

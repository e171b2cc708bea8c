namespace Evaluate.Core.Grading.Judging;

/// <summary>
/// Reads a judge's reply strictly: its last non-empty line must be exactly <c>VERDICT: CORRECT</c> or
/// <c>VERDICT: INCORRECT</c> (upper case, nothing else on the line but surrounding spaces), and no other line may carry
/// a verdict. Anything else (lower case, extra words, two verdicts, no verdict, an empty or over-long reply) is
/// unparseable, which leaves the sample ungradable. The reply is hostile input: one linear pass, bounded length.
/// </summary>
public static class JudgeVerdictParser
{
    public const string Prefix = "VERDICT:";
    public const string CorrectLine = "VERDICT: CORRECT";
    public const string IncorrectLine = "VERDICT: INCORRECT";

    /// <summary>A longer reply is refused unread (a judge asked for a short explanation does not write a book).</summary>
    public const int MaxReply = 100_000;

    public static JudgeVerdict Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply)) return JudgeVerdict.Failed("empty reply", reply);
        if (reply.Length > MaxReply) return JudgeVerdict.Failed($"unparseable reply: longer than {MaxReply} characters", reply);
        var text = reply.AsSpan().TrimEnd();
        var lastBreak = text.LastIndexOfAny('\n', '\r');
        var last = text[(lastBreak + 1)..].Trim();
        var before = lastBreak < 0 ? ReadOnlySpan<char>.Empty : text[..lastBreak];
        // A verdict word anywhere above the last line is a second verdict (or a retracted one): not decided.
        if (before.Contains(Prefix, StringComparison.OrdinalIgnoreCase))
            return JudgeVerdict.Failed("unparseable reply: more than one VERDICT line", reply);
        if (last.SequenceEqual(CorrectLine)) return new JudgeVerdict(true, null, JudgeVerdict.Bounded(reply));
        if (last.SequenceEqual(IncorrectLine)) return new JudgeVerdict(false, null, JudgeVerdict.Bounded(reply));
        return JudgeVerdict.Failed("unparseable reply: the last line is not 'VERDICT: CORRECT' or 'VERDICT: INCORRECT'", reply);
    }
}

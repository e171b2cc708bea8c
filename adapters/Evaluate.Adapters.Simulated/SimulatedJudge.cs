using Evaluate.Core.Grading.Judging;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// The simulated model as a scripted grading judge (<c>--judge sim:judge=MODE</c>), so tests and examples can drive the
/// cascade deterministically: <c>match</c> says CORRECT exactly when the reference answer's text appears in the
/// response's final part (a crude judge, by design: string containment, no mathematics), <c>correct</c> and
/// <c>incorrect</c> always say so, and <c>garbage</c>, <c>empty</c>, <c>both</c> and <c>lower</c> write the replies a
/// strict parser must refuse.
/// </summary>
public static class SimulatedJudge
{
    /// <summary>The reply to a judge prompt, or null when <paramref name="prompt"/> is not one.</summary>
    public static string? TryAnswer(string prompt, string mode)
    {
        if (JudgePrompt.Read(prompt) is not { } asked) return null;
        return mode switch
        {
            "correct" => "The final answer matches the reference.\n" + JudgeVerdictParser.CorrectLine,
            "incorrect" => "The final answer differs from the reference.\n" + JudgeVerdictParser.IncorrectLine,
            "garbage" => "I think it is probably fine, more or less.",
            "empty" => "",
            "both" => JudgeVerdictParser.CorrectLine + "\nOn second thought:\n" + JudgeVerdictParser.IncorrectLine,
            "lower" => "verdict: correct",
            _ => asked.Reference.Length > 0 && asked.Response.Contains(asked.Reference, StringComparison.Ordinal)
                ? "The reference answer appears in the response's final answer.\n" + JudgeVerdictParser.CorrectLine
                : "The reference answer does not appear in the response's final answer.\n" + JudgeVerdictParser.IncorrectLine,
        };
    }
}

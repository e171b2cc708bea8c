using Evaluate.Core.Running;

namespace Evaluate.Tests.Metrics;

/// <summary>Hand-made problem and sample records for metric tests (cell "m × s × t").</summary>
internal static class Records
{
    public static ProblemRecord Problem(string id, double score, int? selected = null, int samples = 4) => new()
    {
        Run = "r", Model = "m", Suite = "s", Strategy = "t", ProblemId = id, Samples = samples, Score = score, SelectedIndex = selected, ModelCalls = 1,
    };

    public static SampleRecord Sample(string problem, int index, bool correct, bool truncated = false, string? extracted = "1",
        bool unclosedThink = false, int completionTokens = 10, int reasoningTokens = 0) => new()
    {
        Run = "r", Model = "m", Suite = "s", Strategy = "t", ProblemId = problem, SampleIndex = index, Response = "", Gold = "1",
        Correct = correct, Reason = correct ? "equal" : "not-equal", AnswerClass = extracted is null ? -1 : correct ? 0 : index,
        Extracted = extracted, Truncated = truncated, UnclosedThink = unclosedThink,
        CompletionTokens = completionTokens, ReasoningTokens = reasoningTokens,
    };

    public static IEnumerable<SampleRecord> Samples(string problem, params bool[] correct) => correct.Select((c, i) => Sample(problem, i, c));
}

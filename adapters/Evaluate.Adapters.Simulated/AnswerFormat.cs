using Evaluate.Core.Suites;

namespace Evaluate.Adapters.Simulated;

/// <summary>How a prompt asks for the final answer; the simulated reasoner answers in that form.</summary>
public enum AnswerFormat { Boxed, Hashes, Game24Steps, Game24Direct }

public static class AnswerFormats
{
    /// <summary>
    /// The form the problem's suite declares (<see cref="ISuite.AnswerForm"/>), else what the prompt itself asks for, so
    /// that custom suites and prompts from `serve` are answered sensibly. Whether a Game of 24 answer shows its steps
    /// is what the prompt asks.
    /// </summary>
    public static AnswerFormat Detect(string prompt, AnswerForm? declared)
    {
        if (declared == AnswerForm.Arithmetic || prompt.Contains("obtain 24", StringComparison.Ordinal))
            return prompt.Contains("Steps:", StringComparison.Ordinal) ? AnswerFormat.Game24Steps : AnswerFormat.Game24Direct;
        if (prompt.Contains("\\boxed", StringComparison.Ordinal)) return AnswerFormat.Boxed;
        if (declared == AnswerForm.AfterHashes || prompt.Contains("####", StringComparison.Ordinal)) return AnswerFormat.Hashes;
        return AnswerFormat.Boxed;
    }
}

namespace Evaluate.Adapters.Simulated;

/// <summary>How a prompt asks for the final answer; the simulated reasoner answers in that form.</summary>
public enum AnswerFormat { Boxed, Hashes, Game24Steps, Game24Direct }

public static class AnswerFormats
{
    /// <summary>Reads the request for a format from the prompt itself, so that custom suites are answered sensibly.</summary>
    public static AnswerFormat Detect(string prompt, string? suite)
    {
        if (suite == "game24" || prompt.Contains("obtain 24", StringComparison.Ordinal))
            return prompt.Contains("Steps:", StringComparison.Ordinal) ? AnswerFormat.Game24Steps : AnswerFormat.Game24Direct;
        if (prompt.Contains("\\boxed", StringComparison.Ordinal)) return AnswerFormat.Boxed;
        if (suite == "gsm8k" || prompt.Contains("####", StringComparison.Ordinal)) return AnswerFormat.Hashes;
        return AnswerFormat.Boxed;
    }
}

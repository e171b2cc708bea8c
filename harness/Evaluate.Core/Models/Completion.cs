namespace Evaluate.Core.Models;

/// <summary>
/// One generated answer. <see cref="Reasoning"/> holds thinking text (reasoning_content, reasoning, or &lt;think&gt;)
/// and is never graded. <see cref="FinishReason"/> is kept as the server said it (null, "eos", "" all tolerated).
/// </summary>
public sealed record Completion(
    string Text,
    string? Reasoning,
    string? FinishReason,
    TokenUsage Usage,
    IReadOnlyList<TokenLogprob>? Logprobs = null)
{
    /// <summary>The server stopped at the token limit: the answer is kept but marked.</summary>
    public bool Truncated => string.Equals(FinishReason, "length", StringComparison.OrdinalIgnoreCase);
}

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// An open thought inside a prompt rendered with ChatML. Behind <c>serve</c>'s <c>/v1/completions</c> the whole rendered
/// prompt arrives as one message, so the assistant prefix a client continues (<c>&lt;|im_start|&gt;assistant\n&lt;think&gt;…</c>)
/// is at its end rather than in the request's prefix; a raw language model would continue it all the same.
/// </summary>
public static class RenderedThought
{
    private const string AssistantTurn = "<|im_start|>assistant\n";
    private const string EndOfTurn = "<|im_end|>";

    /// <summary>The open assistant turn at the end of <paramref name="prompt"/> when it holds a thought; otherwise null.</summary>
    public static string? PrefixIn(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var turn = prompt.LastIndexOf(AssistantTurn, StringComparison.Ordinal);
        if (turn < 0) return null;
        var prefix = prompt[(turn + AssistantTurn.Length)..];
        return prefix.Contains(EndOfTurn, StringComparison.Ordinal) || ThoughtPrefix.Parse(prefix) is null ? null : prefix;
    }
}

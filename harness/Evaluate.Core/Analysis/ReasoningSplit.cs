namespace Evaluate.Core.Analysis;

/// <summary>
/// Separates thinking from the answer. A separate reasoning field comes first; inside the response,
/// <c>&lt;think&gt;…&lt;/think&gt;</c> is thinking too. A lone <c>&lt;/think&gt;</c> means the server dropped the opening
/// tag (everything before it is thinking); a lone <c>&lt;think&gt;</c> means generation stopped while thinking.
/// </summary>
public sealed record ReasoningSplit(string Reasoning, string Answer)
{
    private const string Open = "<think>";
    private const string Close = "</think>";

    /// <summary>Reasoning followed by the answer, joined by a newline when both exist: the text the analysis reads.</summary>
    public string Combined => Reasoning.Length == 0 ? Answer : Answer.Length == 0 ? Reasoning : Reasoning + "\n" + Answer;

    /// <summary>Characters of <see cref="Combined"/> that belong to reasoning (the joining newline included).</summary>
    public int ReasoningLength => Reasoning.Length == 0 ? 0 : Answer.Length == 0 ? Reasoning.Length : Reasoning.Length + 1;

    public static ReasoningSplit Of(string? response, string? reasoningField)
    {
        var text = response ?? string.Empty;
        var thinking = string.Empty;
        var answer = text;
        var open = text.IndexOf(Open, StringComparison.OrdinalIgnoreCase);
        var close = text.IndexOf(Close, Math.Max(0, open), StringComparison.OrdinalIgnoreCase);
        if (open >= 0 && close > open)
        {
            thinking = text[(open + Open.Length)..close];
            answer = text[..open] + text[(close + Close.Length)..];
        }
        else if (close >= 0 && open < 0)
        {
            thinking = text[..close];
            answer = text[(close + Close.Length)..];
        }
        else if (open >= 0)
        {
            thinking = text[(open + Open.Length)..];
            answer = text[..open];
        }
        var reasoning = Join(reasoningField?.Trim() ?? string.Empty, thinking.Trim());
        return new ReasoningSplit(reasoning, answer.Trim());
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "\n" + b;
}

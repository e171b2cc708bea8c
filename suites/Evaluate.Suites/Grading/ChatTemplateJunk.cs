using System.Collections.Frozen;

namespace Evaluate.Suites.Grading;

/// <summary>
/// Cuts a response at the end of the model's own turn. A model served without its stop tokens (or a base model) writes
/// its answer, then a chat-template token (<c>&lt;|im_end|&gt;</c>, <c>&lt;|endoftext|&gt;</c>, <c>&lt;|eot_id|&gt;</c>,
/// <c>&lt;/s&gt;</c>, …) and often a whole invented next turn: "&lt;|im_start|&gt;user What is 7+8? …", with answers of
/// its own. Nothing after the first such token is the model's answer to this problem. Tokens before any content (a
/// leading "&lt;|im_start|&gt;assistant") are skipped, not cut at. One forward scan over the text: linear and bounded.
/// </summary>
internal static class ChatTemplateJunk
{
    // Turn delimiters of the common chat templates (ChatML/Qwen, Llama 3, Llama 2/Mistral, Gemma, Phi, DeepSeek, GPT-2).
    private static readonly string[] TokenList =
    [
        "<|im_end|>", "<|im_start|>", "<|endoftext|>", "<|end_of_text|>", "<|eot_id|>", "<|eom_id|>", "<|start_header_id|>", "<|end_header_id|>",
        "<|end|>", "<|user|>", "<|assistant|>", "<|system|>", "<|EOT|>", "<|return|>", "</s>", "<end_of_turn>", "<start_of_turn>",
        "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>", "[INST]", "[/INST]",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Tokens =
        FrozenSet.ToFrozenSet(TokenList, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int LongestToken = 24;

    // A role name written right after a turn-opening token belongs to the token, not to the content.
    private static readonly string[] Roles = ["assistant", "user", "system", "model"];

    /// <summary>The text from after the leading turn tokens (with their role names) up to the first turn token that follows
    /// some content; the whole text when there is none.</summary>
    public static string Cut(string text)
    {
        int contentFrom = 0;
        int pos = 0;
        while (pos < text.Length)
        {
            int next = text.AsSpan(pos).IndexOfAny('<', '[');
            if (next < 0) break;
            int at = pos + next;
            int length = TokenLengthAt(text, at);
            if (length == 0) { pos = at + 1; continue; }
            if (!text.AsSpan(contentFrom, at - contentFrom).IsWhiteSpace()) return text[contentFrom..at];
            pos = contentFrom = SkipRole(text, at + length);
        }
        return contentFrom == 0 ? text : text[contentFrom..];
    }

    /// <summary>The length of the token opening at <paramref name="at"/>, or 0: one look-up of the text up to the next
    /// closing bracket, so a storm of "&lt;|" costs a bounded amount per character.</summary>
    private static int TokenLengthAt(string text, int at)
    {
        // Every token's second character is one of these: a run of "<" or "[1, 2]" is passed over at once.
        if (at + 1 >= text.Length || text[at + 1] is not ('|' or '/' or 'e' or 's' or 'I' or '｜')) return 0;
        char closer = text[at] == '<' ? '>' : ']';
        var window = text.AsSpan(at, Math.Min(LongestToken, text.Length - at));
        int close = window.IndexOf(closer);
        return close > 0 && Tokens.Contains(window[..(close + 1)]) ? close + 1 : 0;
    }

    private static int SkipRole(string text, int from)
    {
        var rest = text.AsSpan(from);
        foreach (var role in Roles)
            if (rest.StartsWith(role, StringComparison.Ordinal) && (rest.Length == role.Length || !char.IsAsciiLetter(rest[role.Length])))
                return from + role.Length;
        return from;
    }
}

using Evaluate.Core.Models;
using Evaluate.Core.Problems;

namespace Evaluate.Core.Grading.Reasking;

/// <summary>
/// The one extra question put to a model whose response has no extractable final answer: the problem, the final part
/// of its own response (bounded, so a response cut at the token limit or one whose thinking never closed costs a short
/// prompt), and the request to state only the final answer in <c>\boxed{}</c>. Asked at temperature 0 with a small
/// token limit: the answer is a restatement, not a new solution.
/// </summary>
public static class ReaskPrompt
{
    /// <summary>The instruction ending every re-ask prompt (the simulated reasoner recognises a re-ask by it).</summary>
    public const string Instruction = "State only your final answer in \\boxed{}.";

    /// <summary>Characters of the response's end shown as context: enough for its last steps, never its whole length.</summary>
    public const int ContextCharacters = 2000;

    /// <summary>Token limit of the re-ask call: a boxed answer needs a few tokens; 128 leaves room for a short preamble.</summary>
    public const int MaxTokens = 128;

    /// <summary>The re-ask's messages for one response (its reasoning, when returned apart, comes before its answer part).</summary>
    public static IReadOnlyList<ChatMessage> Messages(Problem problem, Completion response) =>
        [ChatMessage.User(Text(problem.Text, Context(response)))];

    public static string Text(string problem, string context) =>
        "You were asked to solve this problem:\n\n" + problem.Trim() +
        "\n\nYour response ended without a final answer. Its final part was:\n\n<response>\n" + context +
        "\n</response>\n\n" + Instruction;

    /// <summary>The last <see cref="ContextCharacters"/> of the response (thinking included), marked when cut.</summary>
    public static string Context(Completion response)
    {
        var whole = string.IsNullOrEmpty(response.Reasoning) ? response.Text : response.Reasoning + "\n" + response.Text;
        if (whole.Length <= ContextCharacters) return whole;
        var start = whole.Length - ContextCharacters;
        // Never split a surrogate pair: the prompt must stay valid text.
        if (char.IsLowSurrogate(whole[start])) start++;
        return "…" + whole[start..];
    }
}

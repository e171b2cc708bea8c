using Evaluate.Core.Models;
using Evaluate.Core.Problems;

namespace Evaluate.Core.Suites;

/// <summary>
/// A suite whose prompts end with the plan's <c>prompt_suffix</c> (a protocol's directive, e.g. R1's "Please reason step
/// by step…"): appended after a blank line to the last user message, so every strategy, prompts.jsonl and the sim see
/// the same prompt. Everything else is the inner suite's. (Its Tree-of-Thoughts hooks are not carried over: those
/// strategies write their own prompts, which a suffix would not reach.)
/// </summary>
public sealed class PromptSuffixSuite(ISuite inner, string suffix) : ISuite, IWrapsSuite
{
    public ISuite Inner => inner;

    public static ISuite Over(ISuite suite, string? suffix) => string.IsNullOrWhiteSpace(suffix) ? suite : new PromptSuffixSuite(suite, suffix);

    public string Name => inner.Name;
    public string Version => inner.Version;
    public string Description => inner.Description;
    public IReadOnlyList<DatasetFileInfo> DataFiles => inner.DataFiles;
    public IAnswerChecker Checker => inner.Checker;
    public AnswerForm? AnswerForm => inner.AnswerForm;

    public IReadOnlyList<Problem> Load(ProblemSelection selection) => inner.Load(selection);

    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem)
    {
        var messages = inner.RenderPrompt(problem).ToList();
        var last = messages.FindLastIndex(m => m.Role == "user");
        if (last < 0) messages.Add(ChatMessage.User(suffix));
        else messages[last] = messages[last] with { Content = messages[last].Content + "\n\n" + suffix };
        return messages;
    }
}

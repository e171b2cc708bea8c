namespace Evaluate.Core.Traces.Export;

/// <summary>
/// Meta-CoT style (Xiang et al. 2025): the same visits written as reasoning — "let me try", "wait, this fails",
/// "let me try another branch" — ending in "Answer: …", the line the suites' checkers read. Every sentence still names
/// its node, so the text parses back to the tree like <see cref="SosFormat"/>.
/// </summary>
public sealed class MetaCotFormat() : TraceLineFormat(Phrases)
{
    public const string FormatName = "meta-cot";

    public override string Name => FormatName;

    private static readonly Dictionary<string, string> Phrases = new()
    {
        [TracePhrase.Problem] = "Problem: {text}",
        ["visit-root"] = "Let me start from the problem (#{id}).",
        ["visit-root-step"] = "Let me start from the problem (#{id}): {text}",
        ["visit-child"] = "Let me try #{id}, a step after #{parent} (depth {depth}).",
        ["visit-child-step"] = "Let me try #{id}, a step after #{parent} (depth {depth}): {text}",
        ["generated-root"] = "One more start, #{id}, left unexplored.",
        ["generated-root-step"] = "One more start, #{id}, left unexplored: {text}",
        ["generated-child"] = "Another option after #{parent} is #{id} (depth {depth}), left unexplored.",
        ["generated-child-step"] = "Another option after #{parent} is #{id} (depth {depth}), left unexplored: {text}",
        [TracePhrase.Revisit] = "Let me look at #{id} again.",
        [TracePhrase.Backtrack] = "Wait, let me try another branch: back to #{id}.",
        [TracePhrase.VisitCount] = "I have looked at #{id} {count} times in all.",
        [TracePhrase.Value] = "How promising is #{id}? I'd say {value}.",
        [TracePhrase.Expand] = "#{id} is worth expanding.",
        [TracePhrase.Prune] = "#{id} looks weak, so I drop it.",
        [TracePhrase.Terminal] = "#{id} is as far as this goes.",
        ["answer-correct"] = "#{id} gives an answer that checks out: {text}",
        ["answer-wrong"] = "Wait, this fails: #{id} gives a wrong answer: {text}",
        ["answer-unchecked"] = "#{id} gives an answer I cannot check: {text}",
        ["answer-none-correct"] = "#{id} gives no answer, yet it counts as correct.",
        ["answer-none-wrong"] = "Wait, this fails: #{id} gives no answer.",
        ["answer-none-unchecked"] = "#{id} gives no answer.",
        [TracePhrase.Goal] = "So the solution is #{id}.",
        [TracePhrase.NoGoal] = "No branch reached a solution.",
        ["final-correct"] = "This checks out. Answer: {text}",
        ["final-wrong"] = "This is wrong, but it is the best I found. Answer: {text}",
        ["final-unchecked"] = "Answer: {text}",
        ["final-none-correct"] = "I give no final answer, yet it counts as correct.",
        ["final-none-wrong"] = "I found no answer.",
        ["final-none-unchecked"] = "I give no final answer.",
    };
}

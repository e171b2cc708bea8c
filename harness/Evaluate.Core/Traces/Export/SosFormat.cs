namespace Evaluate.Core.Traces.Export;

/// <summary>
/// Stream-of-Search style (Gandhi et al. 2024, Countdown): the visits in order, one terse marker line each, with
/// explicit lines for evaluation (Value), backtracking (Backtrack to), dropped branches (Prune) and the goal.
/// Our node names are the trace's ids (#12) with the parent named, not SoS's path indices, so the tree reads back
/// exactly. The grammar is in docs/traces.md.
/// </summary>
public sealed class SosFormat() : TraceLineFormat(Phrases)
{
    public const string FormatName = "sos";

    public override string Name => FormatName;

    private static readonly Dictionary<string, string> Phrases = new()
    {
        [TracePhrase.Problem] = "Problem: {text}",
        ["visit-root"] = "Visit #{id} (root)",
        ["visit-root-step"] = "Visit #{id} (root): {text}",
        ["visit-child"] = "Visit #{id} (child of #{parent}, depth {depth})",
        ["visit-child-step"] = "Visit #{id} (child of #{parent}, depth {depth}): {text}",
        ["generated-root"] = "Generated #{id} (root)",
        ["generated-root-step"] = "Generated #{id} (root): {text}",
        ["generated-child"] = "Generated #{id} (child of #{parent}, depth {depth})",
        ["generated-child-step"] = "Generated #{id} (child of #{parent}, depth {depth}): {text}",
        [TracePhrase.Revisit] = "Revisit #{id}",
        [TracePhrase.Backtrack] = "Backtrack to #{id}",
        [TracePhrase.VisitCount] = "Visit count #{id}: {count}",
        [TracePhrase.Value] = "Value #{id}: {value}",
        [TracePhrase.Expand] = "Expand #{id}",
        [TracePhrase.Prune] = "Prune #{id}",
        [TracePhrase.Terminal] = "Terminal #{id}",
        ["answer-correct"] = "Answer #{id} (correct): {text}",
        ["answer-wrong"] = "Answer #{id} (wrong): {text}",
        ["answer-unchecked"] = "Answer #{id} (unchecked): {text}",
        ["answer-none-correct"] = "No answer #{id} (correct)",
        ["answer-none-wrong"] = "No answer #{id} (wrong)",
        ["answer-none-unchecked"] = "No answer #{id} (unchecked)",
        [TracePhrase.Goal] = "Goal #{id}",
        [TracePhrase.NoGoal] = "No goal",
        ["final-correct"] = "Correct. Answer: {text}",
        ["final-wrong"] = "Wrong. Answer: {text}",
        ["final-unchecked"] = "Answer: {text}",
        ["final-none-correct"] = "Correct. No answer",
        ["final-none-wrong"] = "Wrong. No answer",
        ["final-none-unchecked"] = "No answer",
    };
}

using Evaluate.Core.Grading.Reasking;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// The simulated reasoner's reply to a re-ask (<see cref="ReaskPrompt"/>): it knows its answer to the problem named in
/// the prompt and restates it, nothing more. Re-asks come at temperature 0, so the answer is its most likely one (right
/// exactly when right is more likely than not), whatever the answerless response was heading for; a Game of 24 answer
/// is restated as the line that suite reads (<c>Answer: … = 24</c>).
/// </summary>
public static class ReaskReply
{
    public static bool IsReask(string prompt) => prompt.Contains(ReaskPrompt.Instruction, StringComparison.Ordinal);

    public static string Boxed(string answer) => $"The final answer is $\\boxed{{{answer}}}$.";
}

using Evaluate.Core.Models;
using Evaluate.Core.Problems;

namespace Evaluate.Suites.Math500;

/// <summary>The chain-of-thought prompt shared by MATH-500, MATH and Omni-MATH: reason, then \boxed{} the answer.</summary>
public static class MathPrompt
{
    public static IReadOnlyList<ChatMessage> Render(Problem problem) =>
    [
        ChatMessage.User(
            "Solve the following math problem. Think step by step, and put your final answer within \\boxed{}.\n\n" +
            "Problem: " + problem.Text),
    ];
}

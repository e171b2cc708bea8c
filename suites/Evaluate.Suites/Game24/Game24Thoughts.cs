using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Search;

namespace Evaluate.Suites.Game24;

/// <summary>
/// Tree-of-Thoughts hooks for Game of 24 as in the paper: 3 propose steps on the remaining numbers, each state valued
/// sure / likely / impossible (20 / 1 / 0.001 per sample, summed), then the answer written with the CoT prompt
/// followed by the steps and judged with the last-step prompt.
/// </summary>
public sealed class Game24Thoughts : IThoughtHooks
{
    public static Game24Thoughts Instance { get; } = new();

    public int Steps => 3;

    public IReadOnlyList<ChatMessage> ProposePrompt(Problem problem, string state) =>
        [ChatMessage.User(Game24ThoughtsPrompts.Propose.Replace("{input}", CurrentNumbers(problem, state), StringComparison.Ordinal))];

    public IReadOnlyList<string> ParseProposals(string response) =>
        response.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<ChatMessage> ValuePrompt(Problem problem, string state) =>
        [ChatMessage.User(Game24ThoughtsPrompts.Value.Replace("{input}", CurrentNumbers(problem, state), StringComparison.Ordinal))];

    public double ParseValue(string response)
    {
        var lines = response.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? 0 : lines[^1].ToLowerInvariant() switch
        {
            "sure" => 20,
            "likely" => 1,
            "impossible" => 0.001,
            _ => 0,
        };
    }

    public IReadOnlyList<ChatMessage> FinalPrompt(Problem problem, string state) =>
        [ChatMessage.User(Game24Prompts.Render(Game24Prompts.Cot, problem.Text) + "Steps:\n" + state)];

    public IReadOnlyList<ChatMessage> FinalValuePrompt(Problem problem, string state, string answer) =>
        [ChatMessage.User(Game24ThoughtsPrompts.ValueLastStep
            .Replace("{input}", problem.Text, StringComparison.Ordinal)
            .Replace("{answer}", answer, StringComparison.Ordinal))];

    /// <summary>The numbers after the last step line ("left: …"), or the puzzle before any step.</summary>
    public static string CurrentNumbers(Problem problem, string state)
    {
        var lines = state.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0) return problem.Text;
        var last = lines[^1];
        var at = last.LastIndexOf("left:", StringComparison.Ordinal);
        if (at < 0) return problem.Text;
        var end = last.IndexOf(')', at);
        return (end < 0 ? last[(at + 5)..] : last[(at + 5)..end]).Trim();
    }
}

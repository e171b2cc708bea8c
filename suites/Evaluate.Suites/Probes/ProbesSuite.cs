using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Probes;

/// <summary>
/// Trivial problems ("What is 2+3?") for measuring overthinking: a model that needs thousands of tokens here spends
/// them on re-checking, not on solving. Generated, so there are no data files.
/// </summary>
public sealed class ProbesSuite : ISuite
{
    private static readonly IReadOnlyList<Problem> Problems = ProbeGenerator.All();

    public string Name => "probes";
    public string Version => "1";
    public string Description => "200 generated trivial problems (arithmetic, one-step word problems, comparisons) for overthinking measures.";

    public IReadOnlyList<DatasetFileInfo> DataFiles { get; } = [];

    public IAnswerChecker Checker { get; } = new ProbeAnswerChecker();

    /// <summary>
    /// Applies the filters, then the limit. Split null, "all" and "test" mean every problem (there is no train split).
    /// Levels match the level ("trivial") or the subject ("arithmetic", "word", "comparison").
    /// </summary>
    public IReadOnlyList<Problem> Load(ProblemSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Split is { } split && !split.Equals("all", StringComparison.OrdinalIgnoreCase)
                                          && !split.Equals("test", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"Suite 'probes' has no split '{split}'; use 'all' or 'test'.", nameof(selection));
        if (selection.Limit is < 0)
            throw new ArgumentException("Limit must not be negative.", nameof(selection));

        IEnumerable<Problem> selected = Problems;
        if (selection.Ids is { } ids) selected = selected.Where(p => ids.Contains(p.Id));
        if (selection.Levels is { } levels)
            selected = selected.Where(p => levels.Contains(p.Meta.Level ?? "") || levels.Contains(p.Meta.Subject ?? ""));
        if (selection.MinDifficulty is { } min) selected = selected.Where(p => p.Meta.Difficulty >= min);
        if (selection.MaxDifficulty is { } max) selected = selected.Where(p => p.Meta.Difficulty <= max);
        if (selection.Limit is { } limit) selected = selected.Take(limit);
        return selected.ToList();
    }

    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return
        [
            ChatMessage.System("You are a careful problem solver."),
            ChatMessage.User($"{problem.Text}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}."),
        ];
    }
}

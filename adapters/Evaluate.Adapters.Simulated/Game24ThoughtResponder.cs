using Evaluate.Core.Puzzles.Game24;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// How the simulated reasoner answers the Tree-of-Thoughts prompts of Game of 24. Propose: up to eight real next
/// steps from the solver, each slot a step that keeps 24 reachable with probability skill (when one is left).
/// Value: the true verdict (sure if 24 is reachable, else impossible) with probability skill, otherwise "likely"
/// half the time and the wrong verdict the other half. Judge: right with probability skill. A CoT prompt that already
/// lists valid steps down to one number is finished by writing the expression those steps build.
/// </summary>
public static class Game24ThoughtResponder
{
    private const int MaxProposals = 8;

    /// <summary>The response to a Tree-of-Thoughts prompt, or null when the prompt is not one.</summary>
    public static string? TryAnswer(string prompt, double skill, Random random)
    {
        if (prompt.Contains(Game24ThoughtsPrompts.ProposeMarker, StringComparison.Ordinal)) return Propose(prompt, skill, random);
        if (prompt.StartsWith(Game24ThoughtsPrompts.ValueMarker, StringComparison.Ordinal)) return Value(prompt, skill, random);
        if (prompt.Contains(Game24ThoughtsPrompts.ValueLastStepMarker, StringComparison.Ordinal)) return Judge(prompt, skill, random);
        return FinishSteps(prompt);
    }

    private static string Propose(string prompt, double skill, Random random)
    {
        var numbers = Game24ThoughtsState.ParseNumbers(LastValueAfter(prompt, "Input:") ?? "");
        if (numbers is null || numbers.Count < 2) return "";
        var steps = Game24Solver.NextSteps(numbers).DistinctBy(s => s.ToString()).ToList();
        var good = new Queue<Game24Step>(Shuffle(steps.Where(s => Game24ThoughtsState.CanReach(s.Remaining)).ToList(), random));
        var bad = new Queue<Game24Step>(Shuffle(steps.Where(s => !Game24ThoughtsState.CanReach(s.Remaining)).ToList(), random));
        var lines = new List<string>();
        while (lines.Count < MaxProposals && (good.Count > 0 || bad.Count > 0))
        {
            var takeGood = good.Count > 0 && (bad.Count == 0 || random.NextDouble() < skill);
            lines.Add((takeGood ? good.Dequeue() : bad.Dequeue()).ToString());
        }
        return string.Join('\n', lines);
    }

    private static string Value(string prompt, double skill, Random random)
    {
        var last = prompt.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        var numbers = Game24ThoughtsState.ParseNumbers(last);
        var reachable = numbers is not null && Game24ThoughtsState.CanReach(numbers);
        var roll = random.NextDouble();
        var verdict = roll < skill ? (reachable ? "sure" : "impossible")
            : roll < skill + (1 - skill) / 2 ? "likely"
            : reachable ? "impossible" : "sure";
        return $"{last}\n{verdict}";
    }

    private static string Judge(string prompt, double skill, Random random)
    {
        var input = LastValueAfter(prompt, "Input:") ?? "";
        var answer = LastValueAfter(prompt, "Answer:") ?? "";
        var numbers = input.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => int.TryParse(t, out var v) ? v : -1).ToArray();
        var correct = numbers.Length == 4 && numbers.All(v => v >= 0) && Game24Expression.Check(answer, numbers).Correct;
        return random.NextDouble() < skill == correct ? "sure" : "impossible";
    }

    /// <summary>The CoT prompt followed by valid steps down to one number: write the expression they build.</summary>
    private static string? FinishSteps(string prompt)
    {
        var input = prompt.LastIndexOf("Input:", StringComparison.Ordinal);
        if (input < 0) return null;
        var tail = prompt[input..].Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        if (tail.Length < 3 || tail[1].Trim() != "Steps:") return null;
        var numbers = Game24ThoughtsState.ParseNumbers(tail[0]["Input:".Length..]);
        if (numbers is null) return null;
        var state = Game24ThoughtsState.Start(numbers);
        var applied = 0;
        foreach (var line in tail.Skip(2))
        {
            if (!state.TryApply(line)) return null;
            applied++;
        }
        return applied > 0 && state.Expression is { } expression ? $"Answer: {expression} = 24" : null;
    }

    private static string? LastValueAfter(string prompt, string label)
    {
        var at = prompt.LastIndexOf(label, StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = prompt[(at + label.Length)..];
        var end = rest.IndexOf('\n');
        return (end < 0 ? rest : rest[..end]).Trim();
    }

    private static List<T> Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }
}

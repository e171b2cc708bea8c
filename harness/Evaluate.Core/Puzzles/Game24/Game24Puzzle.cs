using System.Globalization;

namespace Evaluate.Core.Puzzles.Game24;

/// <summary>
/// A Game of 24 puzzle as its problem text writes it ("4 5 6 10"). The arithmetic of the game lives in the core so
/// that the suite (which grades it) and the simulated reasoner (which plays it) share it without depending on each other.
/// </summary>
public static class Game24Puzzle
{
    /// <summary>The puzzle's numbers; empty when the text is not a puzzle (then no answer can match).</summary>
    public static IReadOnlyList<int> Numbers(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var numbers = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return [];
            numbers.Add(n);
        }
        return numbers;
    }
}

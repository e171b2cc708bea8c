using Evaluate.Core.Puzzles.Game24;
namespace Evaluate.Suites.Game24;

/// <summary>
/// The puzzles when no 24.csv is at hand: every multiset of four numbers from 1..13 that can make 24 (there are 1362),
/// in 24.csv's order (Tree of Thoughts' file, ranked by human solve time, easiest first), so the standard test split,
/// indices 900-999, is the same 100 puzzles in the same order with or without the file (issue 20). That ranking is
/// measured, not computable, so the order ships as data (ranked-puzzles.txt, embedded: the puzzles column only);
/// what is computable is checked: a test proves the shipped list is <see cref="Enumerate"/> (every solvable multiset,
/// each once), and another that it is the file's order.
/// </summary>
public static class Game24PuzzleSet
{
    private const string ResourceName = "Evaluate.Suites.Game24.ranked-puzzles.txt";
    private static readonly Lazy<IReadOnlyList<string>> Shipped = new(Read);

    public static IReadOnlyList<string> All => Shipped.Value;

    public static string Format(IEnumerable<int> numbers) => string.Join(' ', numbers.Order());

    private static IReadOnlyList<string> Read()
    {
        using var stream = typeof(Game24PuzzleSet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Every solvable multiset, ascending by its numbers, computed afresh (slow: it solves each one).</summary>
    public static IReadOnlyList<string> Enumerate()
    {
        var puzzles = new List<string>();
        for (var a = 1; a <= 13; a++)
        for (var b = a; b <= 13; b++)
        for (var c = b; c <= 13; c++)
        for (var d = c; d <= 13; d++)
        {
            int[] numbers = [a, b, c, d];
            if (Game24Solver.Solve(numbers).Count > 0) puzzles.Add(Format(numbers));
        }
        return puzzles;
    }
}

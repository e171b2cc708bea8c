namespace Evaluate.Suites.Game24;

/// <summary>
/// The puzzles when no 24.csv is at hand: every multiset of four numbers from 1..13 that can make 24 (there are 1362).
/// Documented order: most distinct solutions first (more ways to 24 ≈ easier, mirroring the CSV's easiest-first
/// ranking by human solve time), ties by the numbers in ascending lexicographic order. The standard test split then
/// is, as for the CSV, indices 900-999.
/// </summary>
public static class Game24PuzzleSet
{
    private static readonly Lazy<IReadOnlyList<string>> Enumerated = new(Build);

    public static IReadOnlyList<string> All => Enumerated.Value;

    public static string Format(IEnumerable<int> numbers) => string.Join(' ', numbers.Order());

    private static IReadOnlyList<string> Build()
    {
        var puzzles = new List<(int[] Numbers, int Solutions)>();
        for (var a = 1; a <= 13; a++)
        for (var b = a; b <= 13; b++)
        for (var c = b; c <= 13; c++)
        for (var d = c; d <= 13; d++)
        {
            int[] numbers = [a, b, c, d];
            var count = Game24Solver.Solve(numbers).Count;
            if (count > 0) puzzles.Add((numbers, count));
        }
        return puzzles
            .OrderByDescending(p => p.Solutions)
            .ThenBy(p => p.Numbers[0]).ThenBy(p => p.Numbers[1]).ThenBy(p => p.Numbers[2]).ThenBy(p => p.Numbers[3])
            .Select(p => Format(p.Numbers))
            .ToList();
    }
}

using Evaluate.Core.Puzzles.Game24;
namespace Evaluate.Suites.Game24;

/// <summary>
/// The puzzles when no 24.csv is at hand: every multiset of four numbers from 1..13 that can make 24 (there are 1362).
/// Documented order: most distinct solutions first (more ways to 24 ≈ easier, mirroring the CSV's easiest-first
/// ranking by human solve time), ties by the numbers in ascending lexicographic order. The standard test split then
/// is, as for the CSV, indices 900-999.
/// The list ships precomputed (enumerated-puzzles.txt, embedded): enumerating solves every multiset, about 1.5 s of
/// start-up (issue 12). A test checks that the shipped list equals <see cref="Enumerate"/>.
/// </summary>
public static class Game24PuzzleSet
{
    private const string ResourceName = "Evaluate.Suites.Game24.enumerated-puzzles.txt";
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

    /// <summary>Every solvable multiset in the documented order, computed afresh (slow: it solves each one).</summary>
    public static IReadOnlyList<string> Enumerate()
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

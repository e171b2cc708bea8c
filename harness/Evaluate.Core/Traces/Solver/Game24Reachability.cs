using Evaluate.Core.Puzzles.Game24;

namespace Evaluate.Core.Traces.Solver;

/// <summary>Whether a multiset of numbers can still be combined into 24 (exact, memoised by the sorted multiset).</summary>
public sealed class Game24Reachability
{
    private static readonly Fraction Target = new(24, 1);
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool CanReach(IReadOnlyList<Fraction> numbers)
    {
        if (numbers.Count == 1) return numbers[0] == Target;
        var key = string.Join(' ', numbers.Select(n => n.ToString()).Order(StringComparer.Ordinal));
        if (_known.TryGetValue(key, out var known)) return known;
        var reachable = false;
        for (var i = 0; i < numbers.Count && !reachable; i++)
        for (var j = i + 1; j < numbers.Count && !reachable; j++)
        {
            var rest = numbers.Where((_, k) => k != i && k != j).ToList();
            foreach (var value in Results(numbers[i], numbers[j]))
                if (CanReach([.. rest, value]))
                {
                    reachable = true;
                    break;
                }
        }
        _known[key] = reachable;
        return reachable;
    }

    /// <summary>Whether some single operation on two numbers makes 24.</summary>
    public static bool MakesTargetInOne(Fraction a, Fraction b) => Results(a, b).Any(v => v == Target);

    private static IEnumerable<Fraction> Results(Fraction a, Fraction b)
    {
        yield return a + b;
        yield return a * b;
        yield return a - b;
        yield return b - a;
        if (!b.IsZero) yield return a / b;
        if (!a.IsZero) yield return b / a;
    }
}

namespace Evaluate.Core.Puzzles.Game24;

/// <summary>
/// Exhaustive search over every order of combining two remaining numbers (the Tree-of-Thoughts step space).
/// Used to enumerate solvable puzzles, to rank them when no 24.csv is present, and by the simulated reasoner.
/// </summary>
public static class Game24Solver
{
    private static readonly Fraction Target = new(24, 1);

    /// <summary>All distinct solutions (distinct by expression text), in a deterministic order.</summary>
    public static IReadOnlyList<Game24Solution> Solve(IReadOnlyList<int> numbers, int max = int.MaxValue)
    {
        var found = new List<Game24Solution>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = numbers.Select(n => new Item(n, n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Search(start, [], found, seen, max);
        return found;
    }

    public static bool IsSolvable(IReadOnlyList<int> numbers) => Solve(numbers, max: 1).Count > 0;

    /// <summary>The steps available from a state (used by search strategies that propose next steps).</summary>
    public static IEnumerable<Game24Step> NextSteps(IReadOnlyList<Fraction> remaining)
    {
        var items = remaining.Select(r => new Item(r, r.ToString())).ToList();
        foreach (var (step, _) in Expand(items)) yield return step;
    }

    /// <summary>A random three-step path (it may or may not reach 24): how a fallible solver wanders.</summary>
    public static Game24Solution RandomPath(IReadOnlyList<int> numbers, Random random)
    {
        var items = numbers.Select(n => new Item(n, n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var steps = new List<Game24Step>();
        while (items.Count > 1)
        {
            var options = Expand(items).ToList();
            var (step, next) = options[random.Next(options.Count)];
            steps.Add(step);
            items = next;
        }
        return new Game24Solution(steps, Unwrap(items[0].Text));
    }

    private readonly record struct Item(Fraction Value, string Text);

    private static void Search(List<Item> items, List<Game24Step> steps, List<Game24Solution> found, HashSet<string> seen, int max)
    {
        if (found.Count >= max) return;
        if (items.Count == 1)
        {
            if (items[0].Value == Target && seen.Add(items[0].Text)) found.Add(new Game24Solution(steps.ToList(), Unwrap(items[0].Text)));
            return;
        }
        foreach (var (step, next) in Expand(items))
        {
            steps.Add(step);
            Search(next, steps, found, seen, max);
            steps.RemoveAt(steps.Count - 1);
            if (found.Count >= max) return;
        }
    }

    private static IEnumerable<(Game24Step Step, List<Item> Next)> Expand(List<Item> items)
    {
        for (var i = 0; i < items.Count; i++)
        for (var j = 0; j < items.Count; j++)
        {
            if (i == j) continue;
            var a = items[i];
            var b = items[j];
            var rest = items.Where((_, index) => index != i && index != j).ToList();
            foreach (var op in "+-*/")
            {
                // + and * commute: take each unordered pair once.
                if (op is '+' or '*' && i > j) continue;
                if (op == '/' && b.Value.IsZero) continue;
                var value = op switch
                {
                    '+' => a.Value + b.Value,
                    '-' => a.Value - b.Value,
                    '*' => a.Value * b.Value,
                    _ => a.Value / b.Value,
                };
                var next = rest.Append(new Item(value, $"({a.Text} {op} {b.Text})")).ToList();
                var remaining = next.Select(x => x.Value).OrderBy(v => (double)v.Numerator / v.Denominator).ToList();
                yield return (new Game24Step(a.Value, op, b.Value, value, remaining), next);
            }
        }
    }

    private static string Unwrap(string text) =>
        text.Length > 1 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text;
}

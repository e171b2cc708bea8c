using System.Globalization;
using System.Text.RegularExpressions;

namespace Evaluate.Core.Puzzles.Game24;

/// <summary>
/// Replays Tree-of-Thoughts step lines ("4 + 8 = 12 (left: 4 6 12)") on a puzzle's numbers with exact fractions,
/// keeping for each remaining number the expression that produced it. A step is valid when both operands remain,
/// the result is right and the "left:" list matches. Used by the ToT hooks, the step verifier and the simulated reasoner.
/// </summary>
public sealed partial class Game24ThoughtsState
{
    private static readonly Fraction Target = new(24, 1);
    private readonly List<(Fraction Value, string Expression)> _items;

    private Game24ThoughtsState(List<(Fraction, string)> items) => _items = items;

    public static Game24ThoughtsState Start(IEnumerable<Fraction> numbers) =>
        new(numbers.Select(n => (n, n.ToString())).ToList());

    public IReadOnlyList<Fraction> Remaining => _items.Select(i => i.Value).OrderBy(v => (double)v.Numerator / v.Denominator).ToList();

    /// <summary>The expression of the last number when one remains (outer parentheses dropped).</summary>
    public string? Expression => _items.Count == 1 ? Unwrap(_items[0].Expression) : null;

    public bool ReachedTarget => _items.Count == 1 && _items[0].Value == Target;

    /// <summary>Applies one step line; false (state unchanged) when it is not a valid step from this state.</summary>
    public bool TryApply(string line)
    {
        var m = StepPattern().Match(line);
        if (!m.Success || !TryParse(m.Groups[1].Value, out var a) || !TryParse(m.Groups[3].Value, out var b) || !TryParse(m.Groups[4].Value, out var r))
            return false;
        var op = m.Groups[2].Value[0];
        Fraction? expected = op switch
        {
            '+' => a + b,
            '-' => a - b,
            '*' => a * b,
            _ => b.IsZero ? null : a / b,
        };
        if (expected != r) return false;
        var ia = _items.FindIndex(i => i.Value == a);
        if (ia < 0) return false;
        var ib = IndexExcluding(b, ia);
        if (ib < 0) return false;
        var next = _items.Where((_, i) => i != ia && i != ib).Append((Value: r, Expression: $"({_items[ia].Expression} {op} {_items[ib].Expression})")).ToList();
        var left = ParseNumbers(m.Groups[5].Value);
        if (left is null || !SameMultiset(left, next.Select(i => i.Value))) return false;
        _items.Clear();
        _items.AddRange(next);
        return true;
    }

    /// <summary>Whether 24 can still be reached from the remaining numbers (exhaustive).</summary>
    public bool CanReachTarget() => CanReach(Remaining);

    public static bool CanReach(IReadOnlyList<Fraction> numbers)
    {
        if (numbers.Count == 1) return numbers[0] == Target;
        foreach (var step in Game24Solver.NextSteps(numbers))
            if (CanReach(step.Remaining)) return true;
        return false;
    }

    /// <summary>Numbers separated by spaces ("4 6 12", "3/2 8"); null when any is not a number.</summary>
    public static IReadOnlyList<Fraction>? ParseNumbers(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var numbers = new List<Fraction>(parts.Length);
        foreach (var p in parts)
        {
            if (!TryParse(p, out var f)) return null;
            numbers.Add(f);
        }
        return numbers.Count == 0 ? null : numbers;
    }

    public static bool TryParse(string text, out Fraction value)
    {
        value = default;
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return false;
            value = whole;
            return true;
        }
        if (!long.TryParse(text[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            || !long.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d == 0)
            return false;
        value = new Fraction(n, d);
        return true;
    }

    private int IndexExcluding(Fraction value, int excluded)
    {
        for (var i = 0; i < _items.Count; i++)
            if (i != excluded && _items[i].Value == value) return i;
        return -1;
    }

    private static bool SameMultiset(IEnumerable<Fraction> a, IEnumerable<Fraction> b)
    {
        var left = a.Select(f => f.ToString()).Order(StringComparer.Ordinal);
        var right = b.Select(f => f.ToString()).Order(StringComparer.Ordinal);
        return left.SequenceEqual(right, StringComparer.Ordinal);
    }

    private static string Unwrap(string text) =>
        text.Length > 1 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text;

    [GeneratedRegex(@"^\s*(-?\d+(?:/\d+)?)\s*([-+*/])\s*(-?\d+(?:/\d+)?)\s*=\s*(-?\d+(?:/\d+)?)\s*\(left:\s*([^)]*)\)")]
    private static partial Regex StepPattern();
}

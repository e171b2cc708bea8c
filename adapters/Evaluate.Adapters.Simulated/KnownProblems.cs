using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// The problems the simulated reasoner "knows", found by their text inside a prompt. The last (rightmost) known
/// problem text wins, so few-shot examples earlier in a prompt do not fool it. Only positions at a word start are
/// tried, and candidates are looked up by a prefix of at most <see cref="KeyLength"/> characters, then verified.
/// </summary>
public sealed class KnownProblems
{
    private const int KeyLength = 48;
    private readonly Dictionary<string, List<KnownProblem>> _byPrefix = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _keyLengths = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));

    public static KnownProblems Empty { get; } = new([]);

    public KnownProblems(IEnumerable<KnownProblem> problems)
    {
        foreach (var known in problems)
        {
            var text = known.Problem.Text.Trim();
            if (text.Length == 0) continue;
            var key = text[..Math.Min(KeyLength, text.Length)];
            if (!_byPrefix.TryGetValue(key, out var list)) _byPrefix[key] = list = [];
            list.Add(known with { Text = text });
            _keyLengths.Add(key.Length);
        }
        Count = _byPrefix.Values.Sum(l => l.Count);
    }

    public int Count { get; }

    public KnownProblem? Find(string prompt)
    {
        var lookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = prompt.Length - 1; i >= 0; i--)
        {
            if (i > 0 && !char.IsWhiteSpace(prompt[i - 1]) && prompt[i - 1] is not (':' or '"' or '(')) continue;
            KnownProblem? best = null;
            foreach (var length in _keyLengths)
            {
                if (i + length > prompt.Length) continue;
                if (!lookup.TryGetValue(prompt.AsSpan(i, length), out var candidates)) continue;
                foreach (var candidate in candidates)
                    if (prompt.AsSpan(i).StartsWith(candidate.Text, StringComparison.Ordinal) && (best is null || candidate.Text.Length > best.Text.Length))
                        best = candidate;
            }
            if (best is not null && EndsAtWordBoundary(prompt, i + best.Text.Length)) return best;
        }
        return null;
    }

    private static bool EndsAtWordBoundary(string prompt, int end) => end >= prompt.Length || !char.IsLetterOrDigit(prompt[end]);
}

/// <summary>A problem, the suite it comes from and the answer form that suite declares (how the simulated reasoner answers).</summary>
public sealed record KnownProblem(string Suite, Problem Problem, AnswerForm? Form = null)
{
    public string Text { get; init; } = Problem.Text;
}

using System.Text.RegularExpressions;

namespace Evaluate.Core.Analysis;

/// <summary>
/// A regex with one instance per thread. The non-backtracking engine builds its DFA lazily under a lock held by the
/// instance, so one static instance shared by every worker made them queue (issue 12); a thread's own instance
/// never waits. Each thread pays its DFA warm-up once.
/// </summary>
public sealed class PerThreadRegex(string pattern, RegexOptions options)
{
    private readonly ThreadLocal<Regex> _instances = new(() => new Regex(pattern, options));

    public Regex Current => _instances.Value!;

    public MatchCollection Matches(string input) => Current.Matches(input);
}

using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Grading;

/// <summary>Interim plain-normalisation checker (last \boxed{}, whitespace and $ stripped); replaced by the math engine.</summary>
public sealed class MathAnswerChecker(ExtractionMode mode = ExtractionMode.Strict, bool unorderedLists = true) : IAnswerChecker
{
    public ExtractionMode Mode { get; } = mode;
    public bool UnorderedLists { get; } = unorderedLists;

    public string? Extract(string response)
    {
        var i = response.LastIndexOf("\\boxed{", StringComparison.Ordinal);
        if (i < 0) return null;
        var depth = 0;
        for (var j = i + 6; j < response.Length; j++)
        {
            if (response[j] == '{') depth++;
            else if (response[j] == '}' && --depth == 0) return response[(i + 7)..j];
        }
        return null;
    }

    public Verdict Grade(Problem problem, string? extracted) =>
        extracted is null ? Verdict.NoAnswer : Norm(extracted) == Norm(problem.Gold) ? new(true, "equal") : new(false, "not-equal");

    public bool Equivalent(Problem problem, string a, string b) => Norm(a) == Norm(b);

    private static string Norm(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '$'));
}

using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Suites.Grading;

/// <summary>Interim numeric checker for GSM8K ("#### N"); replaced by the math engine.</summary>
public sealed class Gsm8kAnswerChecker(ExtractionMode mode = ExtractionMode.Flexible) : IAnswerChecker
{
    public ExtractionMode Mode { get; } = mode;

    public string? Extract(string response)
    {
        var i = response.LastIndexOf("####", StringComparison.Ordinal);
        return i < 0 ? null : response[(i + 4)..].Trim();
    }

    public Verdict Grade(Problem problem, string? extracted) =>
        extracted is null ? Verdict.NoAnswer : Norm(extracted) == Norm(problem.Gold) ? new(true, "equal") : new(false, "not-equal");

    public bool Equivalent(Problem problem, string a, string b) => Norm(a) == Norm(b);

    private static string Norm(string s) => s.Replace(",", "").Replace("$", "").Trim().TrimEnd('.');
}

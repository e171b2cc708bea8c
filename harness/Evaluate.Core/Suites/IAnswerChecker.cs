using Evaluate.Core.Problems;

namespace Evaluate.Core.Suites;

/// <summary>
/// Extraction and grading of answers. Pure, deterministic and bounded: never calls a model, never throws on model output.
/// </summary>
public interface IAnswerChecker
{
    /// <summary>The final answer stated in a response, or null when none is found. Reasoning text is not passed here.</summary>
    string? Extract(string response);

    Verdict Grade(Problem problem, string? extracted);

    /// <summary>Whether two extracted answers fall in one vote class (majority voting uses this, not string equality).</summary>
    bool Equivalent(Problem problem, string a, string b);
}

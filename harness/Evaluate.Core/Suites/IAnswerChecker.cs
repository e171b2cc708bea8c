using Evaluate.Core.Analysis;
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

    /// <summary>
    /// The kinds of statement this checker's answers are written in. The one declaration serves both uses of the
    /// answer finder: grading reads the final answer with <see cref="Extract"/>, and the overthinking analysis ends a
    /// solution round at each such statement and records what <see cref="Extract"/> reads in the text cut there.
    /// </summary>
    AnswerCues Cues => AnswerCues.All;

    /// <summary>Whether a solution round records what <see cref="Extract"/> reads at its end or the statement's own
    /// wording (kept by suites whose recorded rounds would otherwise change; see <see cref="RoundAnswerWording"/>).</summary>
    RoundAnswerWording RoundAnswers => RoundAnswerWording.Extracted;
}

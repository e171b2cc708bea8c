using Evaluate.Core.Problems;
using Evaluate.Core.Running;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Grading;

/// <summary>
/// A grading step that runs after the rules (<see cref="SampleGrader"/>) over one problem's graded samples, and may call
/// a model (a re-ask, a judge). Stages run in the order the run lists them, each on the previous one's output; the
/// rules stay pure and synchronous, everything that needs a model lives behind this seam.
/// </summary>
public interface IGradingStage
{
    Task<GradedProblem> ApplyAsync(GradingStageInput input, GradedProblem graded, CancellationToken cancellationToken);
}

/// <summary>One problem's samples and record as grading has left them so far.</summary>
public sealed record GradedProblem(IReadOnlyList<SampleRecord> Samples, ProblemRecord Problem)
{
    /// <summary>
    /// The problem's score from its samples, as <see cref="SampleGrader"/> computes it: the chosen sample's verdict, or the
    /// share of correct samples when the strategy chooses none. A stage that changes a verdict calls this.
    /// </summary>
    public static double Score(IReadOnlyList<SampleRecord> samples, int? selectedIndex) =>
        selectedIndex is { } selected && selected >= 0 && selected < samples.Count
            ? (samples[selected].Correct ? 1.0 : 0.0)
            : samples.Count == 0 ? 0.0 : samples.Count(s => s.Correct) / (double)samples.Count;
}

/// <summary>What a stage may read besides the samples: the problem, the suite's checker and the run's seed.</summary>
public sealed record GradingStageInput(Problem Problem, IAnswerChecker Checker, long Seed);

namespace Evaluate.Reports.Comparison;

/// <summary>
/// What a paired comparison needs of one problem in one cell, reduced from its records as they stream past (no
/// response text), so comparing two large runs holds a few numbers per sample, not the samples.
/// </summary>
public sealed record ProblemEvidence(
    string ProblemId,
    int ProblemIndex,
    string? Level,
    double Score,
    bool Failed,
    long CompletionTokens,
    long TotalTokens,
    int ModelCalls,
    int[] Classes,
    bool[] Correct,
    double[] OutcomeEfficiency,
    double[] ProcessEfficiency)
{
    /// <summary>
    /// Whether the problem counts as solved for flips and McNemar: the chosen answer is correct, or, for strategies that
    /// choose nothing (plain sampling, where the score is the share of correct samples), at least half the samples are.
    /// A problem whose model calls failed is unsolved.
    /// </summary>
    public bool Solved => !Failed && Score >= 0.5;
}

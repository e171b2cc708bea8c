namespace Evaluate.Reports.Comparison;

/// <summary>
/// One shared problem's sample outcomes in both runs: what a noise-aware count cap tests (a per-problem drop in the
/// share of correct samples) and the sample-share power model reads.
/// </summary>
public sealed record ProblemOutcome(string Id, int BaselineCorrect, int BaselineSamples, int CandidateCorrect, int CandidateSamples, bool BaselineSolved, bool CandidateSolved);

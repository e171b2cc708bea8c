using Evaluate.Core.Running;

namespace Evaluate.Core.Metrics;

/// <summary>
/// One problem of one cell as metrics see it: its record and its samples' facts in sample order (no response text).
/// Compare and the gate test a metric problem by problem through these, so a metric's per-problem form and its cell
/// figure are read from the same facts.
/// </summary>
public sealed class ProblemFacts(ProblemRecord problem, IReadOnlyList<SampleFacts> samples)
{
    public ProblemRecord Record { get; } = problem;

    /// <summary>The problem's samples in sample order.</summary>
    public IReadOnlyList<SampleFacts> Samples { get; } = samples;

    public string ProblemId => Record.ProblemId;

    public int ProblemIndex => Record.ProblemIndex;

    /// <summary>Whether the problem's model calls failed (an error, never a wrong answer).</summary>
    public bool Failed => Record.Error is not null;

    /// <summary>The problem's score; 0 for a failed problem (it is counted apart, never scored as wrong).</summary>
    public double Score => Failed ? 0.0 : Record.Score;

    /// <summary>
    /// Whether the problem counts as solved for flips and McNemar: the chosen answer is correct, or, for strategies that
    /// choose nothing (plain sampling, where the score is the share of correct samples), at least half the samples are.
    /// </summary>
    public bool Solved => !Failed && Score >= 0.5;

    public int[] Classes => [.. Samples.Select(s => s.AnswerClass)];

    public bool[] Correct => [.. Samples.Select(s => s.Correct)];

    public int CorrectCount => Samples.Count(s => s.Correct);
}

namespace Evaluate.Core.Problems;

/// <summary>One problem of a suite. <see cref="Text"/> is the bare statement (no prompt around it).</summary>
/// <param name="Id">Stable id: MATH-500 unique_id, GSM8K/Omni-MATH the 0-based line number, Game of 24 the puzzle.</param>
/// <param name="Gold">The reference answer as the dataset states it (for Game of 24: "24").</param>
public sealed record Problem(string Id, string Text, string Gold, ProblemMeta Meta);

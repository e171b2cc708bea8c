namespace Evaluate.Core.Analysis;

/// <summary>One graded sample as the efficiency aggregate needs it.</summary>
/// <param name="Correct">The sample's final verdict (not whether some round was correct).</param>
/// <param name="Easy">The problem's <see cref="Problems.ProblemMeta.IsEasy"/>.</param>
/// <param name="CompletionTokens">Completion tokens as recorded for the sample (server-reported or counted).</param>
public sealed record EfficiencySample(SampleAnalysis Analysis, bool Correct, bool Easy, int CompletionTokens);

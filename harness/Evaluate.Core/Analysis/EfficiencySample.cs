namespace Evaluate.Core.Analysis;

/// <summary>One graded sample as the efficiency aggregate needs it.</summary>
/// <param name="Correct">The sample's final verdict (not whether some round was correct).</param>
/// <param name="Easy">The problem's <see cref="Problems.ProblemMeta.IsEasy"/>.</param>
/// <param name="CompletionTokens">Completion tokens as recorded for the sample (server-reported or counted).</param>
public sealed record EfficiencySample(SampleAnalysis Analysis, bool Correct, bool Easy, int CompletionTokens) : IEfficiencyFacts
{
    /// <summary>A sample analysed in process is graded on its own answer.</summary>
    public bool CorrectByItsOwnAnswer => Correct;
    public double OutcomeEfficiency => Analysis.OutcomeEfficiency;
    public double ProcessEfficiency => Analysis.ProcessEfficiency;
    public int Rounds => Analysis.Rounds;
    public int? TokensAfterFirstCorrect => Analysis.TokensAfterFirstCorrect;
    public int? FirstCorrectRound => Analysis.FirstCorrectRound;
    public bool AnalysisTruncated => Analysis.Truncated;
    public IReadOnlyDictionary<string, int> Markers => Analysis.Markers;
    public int? ThoughtSwitches => Analysis.ThoughtSwitches;
}

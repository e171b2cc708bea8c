namespace Evaluate.Core.Analysis;

/// <summary>What the overthinking measures read of one analysed sample (<see cref="EfficiencyAggregator"/>).</summary>
public interface IEfficiencyFacts
{
    /// <summary>The sample's final verdict (not whether some round was correct).</summary>
    bool Correct { get; }
    /// <summary>
    /// Correct, and by the answer this response states: not a re-ask reply's answer, not a judge's verdict on text the
    /// rules could not read. Round measures compare with this, since only such a response has a correct round to find.
    /// </summary>
    bool CorrectByItsOwnAnswer { get; }
    bool Easy { get; }
    int CompletionTokens { get; }
    double OutcomeEfficiency { get; }
    double ProcessEfficiency { get; }
    int Rounds { get; }
    int? TokensAfterFirstCorrect { get; }
    int? FirstCorrectRound { get; }
    bool AnalysisTruncated { get; }
    IReadOnlyDictionary<string, int> Markers { get; }
    /// <summary>Thought-switch markers (<see cref="ThoughtSwitchMarkers"/>); null when the record predates them.</summary>
    int? ThoughtSwitches { get; }
}

namespace Evaluate.Core.Analysis;

/// <summary>What the overthinking measures read of one analysed sample (<see cref="EfficiencyAggregator"/>).</summary>
public interface IEfficiencyFacts
{
    /// <summary>The sample's final verdict (not whether some round was correct).</summary>
    bool Correct { get; }
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

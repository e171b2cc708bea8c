using Evaluate.Core.Metrics;
using Evaluate.Core.Running;

namespace Evaluate.Reports.Comparison;

/// <summary>One model × suite × strategy cell of a run: its problems by id, plus how it was made.</summary>
public sealed record CellEvidence(RunKey Key, string ModelLabel, string SuiteVersion, IReadOnlyDictionary<string, ProblemFacts> Problems)
{
    /// <summary>The strategy's recorded parameters (n, temperature, …) from the manifest; empty when unknown.</summary>
    public IReadOnlyDictionary<string, string> StrategyParameters { get; init; } = new Dictionary<string, string>();
}

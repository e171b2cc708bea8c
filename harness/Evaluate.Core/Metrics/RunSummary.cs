using System.Text.Json.Serialization;
using Evaluate.Core.Running;
using Evaluate.Core.Search;

namespace Evaluate.Core.Metrics;

/// <summary>The content of summary.json: the manifest plus metrics per model × suite × strategy.</summary>
public sealed record RunSummary(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("complete")] bool Complete,
    [property: JsonPropertyName("manifest")] RunManifest Manifest,
    [property: JsonPropertyName("results")] IReadOnlyList<CellSummary> Results)
{
    public const string SchemaName = "evaluate.summary/1";

    /// <param name="catalog">The registered metrics (default: the built-in ones).</param>
    public static RunSummary Build(RunResult result, MetricCatalog? catalog = null)
    {
        var cells = new List<CellSummary>();
        foreach (var cell in result.Manifest.Cells)
        {
            var key = cell.Key;
            // Records in problem order, whatever order they were read in (resumed, merged or shuffled files), so every
            // order-sensitive step (the bootstrap, floating-point sums) sees the same sequence and writes the same bytes.
            var problems = result.Problems.Where(p => new RunKey(p.Model, p.Suite, p.Strategy) == key)
                .OrderBy(p => p.ProblemIndex).ToList();
            var samples = result.SamplesOf(key);
            cells.Add(new CellSummary(
                key.Model, cell.Model.Label, key.Suite, key.Strategy,
                cell.Model.Simulated,
                CellMetrics.Compute(problems, samples, result.Manifest.Plan.K, StepAggregations.Parse(result.Manifest.Plan.StepAggregate), catalog,
                    result.Manifest.Prices?.GetValueOrDefault(key.Model), result.Manifest.JudgePrice),
                Slices(problems, samples, p => p.Level, s => s.Level),
                Slices(problems, samples, p => p.Subject, s => s.Subject),
                Evaluate.Core.Suites.Contamination.PossiblyContaminated(cell.SuiteDate, result.Manifest.Plan.Released)) { Budget = cell.Budget });
        }
        return new RunSummary(SchemaName, result.Complete, result.Manifest, cells);
    }

    private static SortedDictionary<string, OrderedDictionary<string, object?>> Slices(
        List<ProblemRecord> problems, IReadOnlyList<SampleFacts> samples, Func<ProblemRecord, string?> ofProblem, Func<SampleFacts, string?> ofSample)
    {
        var slices = new SortedDictionary<string, OrderedDictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var group in problems.Where(p => ofProblem(p) is not null).GroupBy(p => ofProblem(p)!))
            slices[group.Key] = CellMetrics.Slice(group.ToList(), samples.Where(s => ofSample(s) == group.Key));
        return slices;
    }
}

/// <summary>Metrics of one cell, with breakdowns per level and per subject.</summary>
public sealed record CellSummary(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("model_label")] string ModelLabel,
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("simulated")] bool Simulated,
    [property: JsonPropertyName("metrics")] OrderedDictionary<string, object?> Metrics,
    [property: JsonPropertyName("per_level")] SortedDictionary<string, OrderedDictionary<string, object?>> PerLevel,
    [property: JsonPropertyName("per_subject")] SortedDictionary<string, OrderedDictionary<string, object?>> PerSubject,
    [property: JsonPropertyName("possibly_contaminated"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? PossiblyContaminated = null)
{
    /// <summary>The cell's budget in a budget sweep (what the compute frontier reads); absent otherwise.</summary>
    [JsonPropertyName("budget"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public CellBudget? Budget { get; init; }
}

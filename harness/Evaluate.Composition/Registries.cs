using Evaluate.Adapters.Replay;
using Evaluate.Core.Components;
using Evaluate.Core.Search;
using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;
using Evaluate.Core.Models;
using Evaluate.Core.Rewards;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Reports.Writers;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Grading;

namespace Evaluate.Composition;

/// <summary>
/// One registry per component kind. A new component is one class plus one registration here (or, in a test or another
/// program, one <c>Register</c> call on an instance); the CLI's help, its lists and plan validation read the same
/// registrations, so nothing drifts.
/// </summary>
public sealed class Registries
{
    public ComponentRegistry<IModelAdapter> Models { get; } = ModelRegistrations.Create();

    public ComponentRegistry<IStrategy> Strategies { get; } = StrategyRegistrations.Create().Register(new("replay",
        "the recorded responses of a replay model, as they are (with --model replay:FILE; see `evaluate replay`)", [],
        (_, c) => new ReplayStrategy(c.Require<ReplayFile>("strategy 'replay' (use --model replay:FILE)"), StepAggregations.Parse(c.Plan.StepAggregate))));

    public ComponentRegistry<ISuite> Suites { get; } = SuiteRegistrations.Create();

    public ComponentRegistry<IRewardModel> Rewards { get; } = RewardRegistrations.Create();

    public ComponentRegistry<PairsGrader> Graders { get; } = GraderRegistrations.Create();

    public ComponentRegistry<IRunExporter> Exporters { get; } = ExporterRegistrations.Create();

    /// <summary>The metrics every run computes and every reader shows (see <see cref="MetricCatalog"/>).</summary>
    public ComponentRegistry<IMetric> Metrics { get; } = MetricRegistrations.Create();

    /// <summary>The catalog of the registered metrics, as summaries, tables, compare and the gate read them.</summary>
    public MetricCatalog MetricCatalog => MetricRegistrations.Catalog(Metrics);

    /// <summary>The built-in components.</summary>
    public static Registries CreateDefault() => new();
}

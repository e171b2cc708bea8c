using Evaluate.Core.Components;
using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;
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
/// registrations, so nothing drifts. What a component can do beyond its kind is declared here too (recorded answers,
/// plan keys of its own), so no caller needs to know a component by name.
/// </summary>
public sealed class Registries
{
    public ComponentRegistry<IModelAdapter> Models { get; } = ModelRegistrations.Create().Register(ReplayRegistration.Model);

    public ComponentRegistry<IStrategy> Strategies { get; } = StrategyRegistrations.Create().Register(ReplayRegistration.Strategy);

    public ComponentRegistry<ISuite> Suites { get; } = SuiteRegistrations.Create();

    public ComponentRegistry<IRewardModel> Rewards { get; } = RewardRegistrations.Create();

    public ComponentRegistry<PairsGrader> Graders { get; } = GraderRegistrations.Create();

    public ComponentRegistry<IRunExporter> Exporters { get; } = ExporterRegistrations.Create();

    /// <summary>The metrics every run computes and every reader shows (see <see cref="MetricCatalog"/>).</summary>
    public ComponentRegistry<IMetric> Metrics { get; } = MetricRegistrations.Create();

    /// <summary>The catalog of the registered metrics, as summaries, tables, compare and the gate read them.</summary>
    public MetricCatalog MetricCatalog => MetricRegistrations.Catalog(Metrics);

    /// <summary>Models whose answers are recorded (replay): how their specs are written and their records opened.</summary>
    public IReadOnlyList<RecordedAnswersRegistration> RecordedAnswers { get; } = [ReplayRegistration.Recorded];

    /// <summary>The plan keys of a run: the core's and those components declare (the openai adapter's endpoint).</summary>
    public PlanKeyTable PlanKeys { get; private set; } = PlanKeyTable.Core.With([.. ModelRegistrations.PlanKeys, .. Judging.JudgePlanKeys.All]);

    /// <summary>Adds plan keys a component declares (a test's or another program's own component), as registering it does.</summary>
    public Registries DeclarePlanKeys(params PlanKey[] keys)
    {
        PlanKeys = PlanKeys.With(keys);
        return this;
    }

    /// <summary>The built-in components.</summary>
    public static Registries CreateDefault() => new();

    /// <summary>A model spec: a recorded-answers shorthand (<c>NAME:FILE</c>) when one claims it, else <c>name:key=value</c>.</summary>
    public ComponentSpec ParseModel(string text) =>
        RecordedAnswers.Select(r => r.Shorthand(text)).FirstOrDefault(s => s is not null) ?? ComponentSpec.Parse(text);

    /// <summary>The names of one kind of component (by the registry's <see cref="ComponentRegistry{T}.Kind"/>), for help text.</summary>
    public string NameList(string kind) => kind switch
    {
        _ when kind == Models.Kind => Models.NameList(),
        _ when kind == Suites.Kind => Suites.NameList(),
        _ when kind == Strategies.Kind => Strategies.NameList(),
        _ when kind == Rewards.Kind => Rewards.NameList(),
        _ when kind == Graders.Kind => Graders.NameList(),
        _ when kind == Exporters.Kind => Exporters.NameList(),
        _ => throw new ArgumentException($"no registry of kind '{kind}'", nameof(kind)),
    };
}

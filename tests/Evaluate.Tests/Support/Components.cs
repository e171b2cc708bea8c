using Evaluate.Composition;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;
using Evaluate.Core.Rewards;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;

namespace Evaluate.Tests.Support;

/// <summary>Components built through the default registries, as a run builds them.</summary>
public static class Components
{
    public static Registries Registries { get; } = Registries.CreateDefault();

    public static IStrategy Strategy(string spec, int? defaultN = null, double? defaultTemperature = null) =>
        Registries.Strategies.Create(spec, new ComponentContext { Plan = new RunPlan { N = defaultN, Temperature = defaultTemperature } });

    public static IRewardModel Reward(string spec, ISuite suite, long seed, IModelAdapter model) =>
        Registries.Rewards.Create(spec, new ComponentContext { Plan = new RunPlan { Seed = seed }, Suite = suite, Model = model });
}

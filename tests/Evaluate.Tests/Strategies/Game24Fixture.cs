using Evaluate.Adapters.Simulated;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;

namespace Evaluate.Tests.Strategies;

/// <summary>Game of 24 test problems (the enumerated puzzles, no data files) with the simulated reasoner that knows them.</summary>
public static class Game24Fixture
{
    public static readonly Game24Suite Suite = new(null);

    public static IReadOnlyList<Problem> Problems(int count) => Suite.Load(new ProblemSelection { Limit = count });

    public static SimulatedReasoner Model(double skill = 0.5, int count = 20) =>
        new(new SimulatedReasonerOptions(skill, Overthink: 0), new KnownProblems(Problems(count).Select(p => new KnownProblem("game24", p))));

    public static SolveContext Context(Problem problem, Evaluate.Core.Models.IModelAdapter model, IRewardModel? reward = null,
        ComputeBudget? budget = null, long seed = 7) =>
        new(problem, Suite, new MeteredModel(model), reward, budget ?? ComputeBudget.Unlimited, seed, 4096);
}

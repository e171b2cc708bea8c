using Evaluate.Core.Components;
using Evaluate.Core.Plans;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Options of <c>budget-forcing</c> (s1, Muennighoff et al. 2025): a cap on thinking tokens, a floor below which the
/// end of thinking is suppressed with "Wait", and the bounded answer that follows the thought. Budget sweeps set
/// <see cref="MaxThinking"/>; keep its name.
/// </summary>
public sealed record BudgetForcingOptions
{
    [Option("most thinking tokens, counted with the run's tokenizer; at the cap the thought is closed and the final answer asked for", Min = 1), BudgetOption]
    public int MaxThinking { get; init; } = 4096;

    [Option("fewest thinking tokens: an earlier end of thinking is suppressed by appending \"Wait\" (the cap wins over it)", Min = 0)]
    public int MinThinking { get; init; }

    [Option("most times \"Wait\" is appended to one thought", Min = 0)]
    public int Wait { get; init; } = 1;

    [Option("most tokens of the answer written after the thought", Min = 1)]
    public int AnswerTokens { get; init; } = 1024;

    [Option("samples per problem, each thought forced on its own", Min = 1, PlanDefault = nameof(RunPlan.N))]
    public int N { get; init; } = 1;

    [Option("sampling temperature", Min = 0, Max = 2, PlanDefault = nameof(RunPlan.Temperature))]
    public double Temperature { get; init; }

    // A protocol preset's top_p (r1: 0.95) reaches every call of the thought, as it reaches `sample`.
    [Option("nucleus sampling mass", Min = 0, MinExclusive = true, Max = 1, PlanDefault = nameof(RunPlan.TopP))]
    public double TopP { get; init; } = 1.0;
}

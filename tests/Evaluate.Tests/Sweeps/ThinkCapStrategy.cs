using System.Collections.Concurrent;
using Evaluate.Composition;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Sweeps;

/// <summary>
/// A test-only strategy with a thinking cap declared as its budget option, standing in for budget-forcing's
/// <c>max_thinking</c>: one greedy call, and a record of the cap and per-call limit each solve saw.
/// </summary>
internal sealed class ThinkCapStrategy(int maxThinking, string run) : IStrategy
{
    /// <summary>(run tag, max_thinking, per-call max tokens) of every solve, for the tests to read.</summary>
    public static readonly ConcurrentBag<(string Run, int MaxThinking, int MaxTokens)> Seen = [];

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("think-cap", $"think-cap ≤ {maxThinking}", ("max_thinking", maxThinking));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        Seen.Add((run, maxThinking, context.MaxTokens));
        var completions = await ComputeGuard.For(context).TryGenerateAsync(new GenerationRequest
        {
            Messages = context.Suite.RenderPrompt(context.Problem),
            N = 1,
            Temperature = 0,
            TopP = 1,
            Seed = context.Seed,
            MaxTokens = Math.Min(context.MaxTokens, maxThinking),
        }, cancellationToken) ?? [];
        return new StrategyOutcome(completions.Select(c => new Candidate(c)).ToList(), completions.Count > 0 ? 0 : null);
    }

    public sealed record Options
    {
        [Option("thinking tokens at most", Min = 1), BudgetOption]
        public int MaxThinking { get; init; } = 4096;

        [Option("a tag the test reads back")]
        public string Run { get; init; } = "";
    }

    public static Registries Registered()
    {
        var registries = Registries.CreateDefault();
        registries.Strategies.Register<Options>("think-cap", "test only: a thinking cap declared as the budget option", (o, _) => new ThinkCapStrategy(o.MaxThinking, o.Run));
        return registries;
    }
}

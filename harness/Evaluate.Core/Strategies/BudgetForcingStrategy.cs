using System.Globalization;
using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Budget forcing (s1, Muennighoff et al. 2025): sequential test-time scaling by controlling how long the model thinks.
/// Each of n samples is a <see cref="ForcedThought"/>: thinking capped at <c>max_thinking</c> tokens and, below
/// <c>min_thinking</c>, extended by appending "Wait" up to <c>wait</c> times. Each sample's reasoning tokens are its
/// thinking tokens, so the cell's reasoning-token figures measure thinking; the problem's notes keep the mean thinking
/// tokens, "Wait"s and the share of thoughts the cap ended. Needs a model that continues a thought verbatim.
/// </summary>
public sealed class BudgetForcingStrategy(BudgetForcingOptions options, ITokenCounter counter) : IStrategy, IModelRequirements
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("budget-forcing",
        $"budget-forcing (max_thinking={options.MaxThinking}, min_thinking={options.MinThinking}, wait={options.Wait})",
        ("max_thinking", options.MaxThinking), ("min_thinking", options.MinThinking), ("wait", options.Wait),
        ("answer_tokens", options.AnswerTokens), ("n", options.N), ("temperature", options.Temperature), ("top_p", options.TopP));

    public BudgetForcingOptions Options { get; } = options;

    public string? CannotRunOn(IModelAdapter model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.SupportsContinuation)
            return $"it continues the model's thought as an assistant prefix, and model '{model.Descriptor.Name}' cannot continue a partial answer";
        return model.GetService<IContinuationLimits>()?.CannotContinueThought;
    }

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var guard = ComputeGuard.For(context);
        var thought = new ForcedThought(guard, context, Options, counter);
        var samples = new List<ForcedSample>(Options.N);
        // One after another: each sample is a chain of calls, and a compute budget must stop them in a fixed order.
        for (var i = 0; i < Options.N; i++)
        {
            if (await thought.RunAsync(context.Seed + i, cancellationToken).ConfigureAwait(false) is not { } sample) break;
            samples.Add(sample);
        }
        var candidates = samples.Select(s => new Candidate(s.Completion, Notes: SampleNotes(s))).ToList();
        return new StrategyOutcome(candidates, SelectedIndex: null, samples.Count == 0 ? null : Notes(samples));
    }

    private static Dictionary<string, string> Notes(IReadOnlyList<ForcedSample> samples) => new()
    {
        ["thinking_tokens"] = Number(samples.Average(s => s.ThinkingTokens)),
        ["waits"] = Number(samples.Average(s => s.Waits)),
        ["capped"] = Number(samples.Average(s => s.Capped ? 1.0 : 0.0)),
    };

    private static Dictionary<string, string> SampleNotes(ForcedSample sample) => new()
    {
        ["thinking_tokens"] = sample.ThinkingTokens.ToString(CultureInfo.InvariantCulture),
        ["waits"] = sample.Waits.ToString(CultureInfo.InvariantCulture),
        ["capped"] = sample.Capped ? "true" : "false",
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

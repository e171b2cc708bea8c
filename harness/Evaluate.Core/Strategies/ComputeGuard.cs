using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Enforces a <see cref="ComputeBudget"/> for one problem and meters reward calls. Every strategy goes through one:
/// a call that could exceed the call budget is never started (one request counts as one call, as the back ends in
/// this repository report it); a request's per-sample <see cref="GenerationRequest.MaxTokens"/> is clamped so that
/// its estimated prompt plus all of its completions fit the remaining token budget; when nothing fits the request
/// is refused (null) and the strategy chooses from what it already has.
/// </summary>
public sealed class ComputeGuard
{
    private readonly ComputeBudget _budget;
    private readonly IRewardModel? _reward;
    private readonly bool _rewardCountsItself;

    private readonly Traces.TraceRecorder _trace;

    /// <param name="trace">Counts the calls made through this guard into the problem's trace (<c>--traces</c>).</param>
    public ComputeGuard(IModelAdapter model, ComputeBudget budget, IRewardModel? reward, Traces.TraceRecorder? trace = null)
    {
        _trace = trace ?? Traces.TraceRecorder.Off;
        // The runner passes a MeteredModel; a caller that does not (a test, a nested strategy) still gets metering.
        Meter = model as MeteredModel ?? new MeteredModel(model);
        _budget = budget;
        // A judge's own requests are metered as reward calls (one per request) with their tokens.
        _reward = reward is IModelBackedRewardModel judge ? judge.Using(m => new RewardMeter(m, Meter)) : reward;
        _rewardCountsItself = reward is IModelBackedRewardModel;
    }

    public static ComputeGuard For(SolveContext context) => new(context.Model, context.Budget, context.Reward, context.Trace);

    public MeteredModel Meter { get; }

    public bool HasReward => _reward is not null;

    public int? RemainingCalls => _budget.MaxCallsPerProblem is { } max ? Math.Max(0, max - Meter.Spent.ModelCalls) : null;

    public long? RemainingTokens => _budget.MaxTokensPerProblem is { } max ? Math.Max(0, max - Meter.Spent.TotalTokens) : null;

    /// <summary>True when no further call can be made.</summary>
    public bool Exhausted => RemainingCalls == 0 || RemainingTokens is <= 0;

    /// <summary>
    /// The completions of <paramref name="request"/>, or null when the budget does not allow the call.
    /// The prompt is estimated with <see cref="ApproximateTokenCounter"/> (what the simulated reasoner counts with).
    /// </summary>
    public async Task<IReadOnlyList<Completion>?> TryGenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        if (RemainingCalls == 0 || request.N < 1) return null;
        if (RemainingTokens is { } tokens)
        {
            var perSample = (tokens - EstimatePromptTokens(request)) / request.N;
            if (perSample < 1) return null;
            request = request with { MaxTokens = (int)Math.Min(request.MaxTokens, perSample) };
        }
        var result = await Meter.GenerateAsync(request, cancellationToken).ConfigureAwait(false);
        _trace.CountModelCalls(result.Calls);
        return result.Completions;
    }

    /// <summary>An outcome score from the reward model, counted as one reward call (a judge: one per request); null without a reward model.</summary>
    public async Task<double?> ScoreSolutionAsync(Problem problem, string solution, CancellationToken cancellationToken)
    {
        if (_reward is null) return null;
        if (!_rewardCountsItself) Meter.AddRewardCalls(1);
        var before = _trace.Enabled && _rewardCountsItself ? Meter.Spent.RewardCalls : 0;
        var score = await _reward.ScoreSolutionAsync(problem, solution, cancellationToken).ConfigureAwait(false);
        CountRewardCalls(before);
        return score;
    }

    /// <summary>Process scores for the steps, counted as one reward call; null without a reward model.</summary>
    public async Task<IReadOnlyList<double>?> ScoreStepsAsync(Problem problem, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        if (_reward is null) return null;
        if (!_rewardCountsItself) Meter.AddRewardCalls(1);
        var before = _trace.Enabled && _rewardCountsItself ? Meter.Spent.RewardCalls : 0;
        var scores = await _reward.ScoreStepsAsync(problem, steps, cancellationToken).ConfigureAwait(false);
        CountRewardCalls(before);
        return scores;
    }

    /// <summary>One reward call, or for a judge the requests it made (its meter counted them since <paramref name="before"/>).</summary>
    private void CountRewardCalls(int before)
    {
        if (!_trace.Enabled) return;
        _trace.CountRewardCalls(_rewardCountsItself ? Meter.Spent.RewardCalls - before : 1);
    }

    public static int EstimatePromptTokens(GenerationRequest request)
    {
        var counter = ApproximateTokenCounter.Instance;
        // The simulated reasoner counts the messages joined by newlines; the prefix is part of what the server reads.
        var tokens = counter.CountTokens(string.Join("\n", request.Messages.Select(m => m.Content)));
        return tokens + counter.CountTokens(request.AssistantPrefix ?? "");
    }
}

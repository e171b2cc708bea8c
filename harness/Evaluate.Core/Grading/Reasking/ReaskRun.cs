using Evaluate.Core.Strategies;

namespace Evaluate.Core.Grading.Reasking;

/// <summary>
/// What the re-ask stage did for one problem: per candidate (in the strategy's order) its re-ask, or null when its own
/// response had a final answer; and what the re-asks cost, as the metering counted it.
/// </summary>
public sealed record ReaskRun(IReadOnlyList<ReaskAnswer?> Answers, ComputeSpent Spent)
{
    /// <summary>The problem record's tally, once grading knows which re-asked samples gave an extractable answer.</summary>
    public ReaskTally Tally(IReadOnlyList<string?> extracted) => new()
    {
        Samples = Answers.Count(a => a is not null),
        Recovered = Answers.Where((a, i) => a is not null && extracted[i] is not null).Count(),
        Calls = Spent.ModelCalls, PromptTokens = Spent.PromptTokens, CompletionTokens = Spent.CompletionTokens, CacheHits = Spent.CacheHits,
    };
}

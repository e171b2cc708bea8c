using Evaluate.Core.Components;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Majority vote that samples in batches of <c>batch</c> and stops early. Default rule (exact): stop once the leading
/// class has more votes than the runner-up plus every sample still allowed (n minus drawn), so the vote over all n
/// could not change. With <c>confidence=c</c> (0 &lt; c ≤ 1) it stops instead once the leader holds at least share c
/// of the votes cast (a stated-confidence rule, adaptive-consistency style; it can change the answer of full n).
/// Samples keep their seeds (Seed + i) so the first k samples equal those of <see cref="MajorityStrategy"/>.
/// </summary>
public sealed class EarlyStopMajorityStrategy(int n, double temperature, int batch, double? confidence) : IStrategy
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("early-stop",
        confidence is null ? $"early-stop majority (n={n}, batch={batch})" : $"early-stop majority (n={n}, batch={batch}, confidence={confidence})",
        ("n", n), ("temperature", temperature), ("batch", batch), ("confidence", confidence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "exact"));

    public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
    {
        var guard = ComputeGuard.For(context);
        var candidates = new List<Candidate>();
        var classes = Array.Empty<int>();
        while (candidates.Count < n)
        {
            var size = Math.Min(batch, n - candidates.Count);
            var drawn = await SampleBatch.DrawAsync(guard, context, size, temperature, candidates.Count, cancellationToken).ConfigureAwait(false);
            if (drawn.Count == 0) break;
            candidates.AddRange(drawn.Select(c => new Candidate(c)));
            classes = AnswerClasses.Of(context.Problem, context.Checker, candidates.Select(c => c.Completion.Text).ToList());
            if (Decided(classes, n - candidates.Count)) break;
        }
        return new StrategyOutcome(candidates, Vote.Select(classes));
    }

    private bool Decided(int[] classes, int remaining)
    {
        var tally = classes.Where(c => c >= 0).GroupBy(c => c).Select(g => g.Count()).OrderDescending().ToArray();
        if (tally.Length == 0) return false;
        var leader = tally[0];
        var second = tally.Length > 1 ? tally[1] : 0;
        if (confidence is { } c) return leader >= c * tally.Sum();
        return leader > second + remaining;
    }
}

namespace Evaluate.Core.Strategies;

/// <summary>n samples, each scored as a whole solution by the reward model (one reward call each).</summary>
public static class ScoredSamples
{
    public static async Task<List<Candidate>> DrawAsync(ComputeGuard guard, SolveContext context, int n, double temperature, CancellationToken cancellationToken)
    {
        var completions = await SampleBatch.DrawAsync(guard, context, n, temperature, 0, cancellationToken).ConfigureAwait(false);
        var candidates = new List<Candidate>(completions.Count);
        foreach (var c in completions)
            candidates.Add(new Candidate(c, await guard.ScoreSolutionAsync(context.Problem, c.Text, cancellationToken).ConfigureAwait(false)));
        return candidates;
    }
}

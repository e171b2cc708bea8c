using System.Buffers;

namespace Evaluate.Core.Metrics;

/// <summary>
/// Majority vote over answer classes (classes come from the suite's grader, not string equality).
/// A sample with no extracted answer (class -1) does not vote. Ties go to the class that appeared first
/// among the voting samples, which makes the result deterministic and order-aware.
/// </summary>
public static class MajorityVote
{
    /// <summary>Position (within <paramref name="classes"/>) of the first sample of the winning class, or -1 when nobody voted.</summary>
    public static int Winner(ReadOnlySpan<int> classes, ReadOnlySpan<double> weights = default)
    {
        var useWeights = !weights.IsEmpty;
        var maxClass = -1;
        foreach (var c in classes) maxClass = Math.Max(maxClass, c);
        if (maxClass < 0) return -1;
        // tally[j] accumulates the votes of the class whose first member is at position j; classes are small
        // non-negative ints (sample indices), so a flat array maps class → first position without hashing.
        var tallyArray = ArrayPool<double>.Shared.Rent(classes.Length);
        var firstArray = ArrayPool<int>.Shared.Rent(maxClass + 1);
        try
        {
            var tally = tallyArray.AsSpan(0, classes.Length);
            var firstPosition = firstArray.AsSpan(0, maxClass + 1);
            tally.Clear();
            firstPosition.Fill(-1);
            for (var i = 0; i < classes.Length; i++)
            {
                var c = classes[i];
                if (c < 0) continue;
                if (firstPosition[c] < 0) firstPosition[c] = i;
                tally[firstPosition[c]] += useWeights ? weights[i] : 1.0;
            }
            var best = -1;
            for (var j = 0; j < classes.Length; j++)
                if (tally[j] > 0 && (best < 0 || tally[j] > tally[best])) best = j;
            return best;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(tallyArray);
            ArrayPool<int>.Shared.Return(firstArray);
        }
    }

    /// <summary>maj@k on the first k samples: whether the winning class is correct. Null when n &lt; k.</summary>
    public static double? FirstK(IReadOnlyList<int> classes, IReadOnlyList<bool> correct, int k)
    {
        if (classes.Count < k) return null;
        var window = classes.Take(k).ToArray();
        var w = Winner(window);
        return w >= 0 && correct[w] ? 1.0 : 0.0;
    }

    /// <summary>
    /// Expected maj@k over k-subsets of the n samples (each kept in its original order for tie-breaking).
    /// Exact enumeration when C(n, k) is at most <paramref name="maxSubsets"/>; otherwise the mean over subsets drawn
    /// with a seed, so the figure is reproducible: 2000 of them, fewer for large k (at least 100, about 200,000 votes
    /// in all) so that n = 1000 samples stay cheap. Null when n &lt; k.
    /// </summary>
    public static double? ExpectedOverSubsets(IReadOnlyList<int> classes, IReadOnlyList<bool> correct, int k, int seed, int maxSubsets = 2000)
    {
        maxSubsets = Math.Clamp(200_000 / Math.Max(1, k), Math.Min(100, maxSubsets), maxSubsets);
        var n = classes.Count;
        if (n < k) return null;
        if (n == k) return FirstK(classes, correct, k);
        var picked = new int[k];
        var window = new int[k];
        double wins = 0;
        long trials = 0;
        if (Combinations.Count(n, k) <= maxSubsets)
        {
            foreach (var subset in Combinations.Enumerate(n, k))
            {
                wins += Score(subset);
                trials++;
            }
        }
        else
        {
            var random = new Random(seed);
            var pool = Enumerable.Range(0, n).ToArray();
            for (var t = 0; t < maxSubsets; t++)
            {
                // Partial Fisher-Yates: the first k of the pool form a uniform k-subset.
                for (var i = 0; i < k; i++)
                {
                    var j = random.Next(i, n);
                    (pool[i], pool[j]) = (pool[j], pool[i]);
                }
                Array.Copy(pool, picked, k);
                Array.Sort(picked);
                wins += Score(picked);
                trials++;
            }
        }
        return wins / trials;

        double Score(int[] subset)
        {
            for (var i = 0; i < k; i++) window[i] = classes[subset[i]];
            var w = Winner(window);
            return w >= 0 && correct[subset[w]] ? 1.0 : 0.0;
        }
    }
}

namespace Evaluate.Core.Metrics;

/// <summary>k-subsets of {0..n-1} in lexicographic order, and their count (saturating).</summary>
public static class Combinations
{
    public static long Count(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        k = Math.Min(k, n - k);
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
            if (result > int.MaxValue) return long.MaxValue;
        }
        return result;
    }

    /// <summary>Yields the same array each time, updated in place: copy it if you keep it.</summary>
    public static IEnumerable<int[]> Enumerate(int n, int k)
    {
        var indices = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return indices;
            var i = k - 1;
            while (i >= 0 && indices[i] == n - k + i) i--;
            if (i < 0) yield break;
            indices[i]++;
            for (var j = i + 1; j < k; j++) indices[j] = indices[j - 1] + 1;
        }
    }
}

namespace Evaluate.Core.Search;

/// <summary>Beam selection kernel: the indices of the k highest scores, best first; equal scores keep the lower index first.</summary>
public static class TopK
{
    public static int[] Indices(ReadOnlySpan<double> scores, int k)
    {
        k = Math.Clamp(k, 0, scores.Length);
        if (k == 0) return [];
        var picked = new int[k];
        var count = 0;
        // Insertion into a sorted window of size k: O(n·k), fast for beam widths; stable by index on ties.
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            if (count == k && !(s > scores[picked[k - 1]])) continue;
            var at = count < k ? count++ : k - 1;
            while (at > 0 && s > scores[picked[at - 1]])
            {
                picked[at] = picked[at - 1];
                at--;
            }
            picked[at] = i;
        }
        return picked;
    }
}

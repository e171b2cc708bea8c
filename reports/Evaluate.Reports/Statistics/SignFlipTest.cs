namespace Evaluate.Reports.Statistics;

/// <summary>
/// The paired sign-flip permutation test of a mean difference (Fisher 1935; Good 2005, §3.2): under the null hypothesis
/// that a problem's two values are exchangeable, each per-problem difference dᵢ is as likely to be +|dᵢ| as −|dᵢ|, so the
/// null distribution of T = Σ sᵢ|dᵢ| comes from the 2^m sign patterns of the m nonzero differences. Two-sided
/// p = P(|T| ≥ |Σ dᵢ|). It assumes nothing about the shape of the values (bounded shares, skewed token counts), only
/// that problems are independent.
/// <para>
/// Differences of equal magnitude are grouped: the number of plus signs in a group of c is Binomial(c, ½), so the
/// null distribution is a sum over groups. It is enumerated exactly when m ≤ 20 (every sign pattern) or when the
/// groups' state count Π(c_g + 1) is at most <see cref="ExactStateLimit"/> (any number of 0/1 flips); otherwise
/// <see cref="DefaultResamples"/> seeded Monte Carlo sign patterns estimate it, p = (1 + #extreme) / (R + 1).
/// Enumeration walks the groups' plus counts (weighted by binomial probabilities); Monte Carlo draws one sign per
/// difference, eight at a time from a table of each chunk's 256 signed sums.
/// </para>
/// <para>
/// Why 40,000: the Monte Carlo p has standard error √(p(1 − p)/R). Its worst case is p = ½: √(0.25/40,000) = 0.0025,
/// so the estimate is within ±1.96 · 0.0025 = ±0.0049 of the exact p with 95% confidence at any p; near p = 0.05 the
/// SE is √(0.0475/40,000) = 0.0011 (±0.0021). One table lookup per 8 problems keeps 40,000 resamples of 100
/// problems to about half a million lookups, with no allocation per resample.
/// </para>
/// </summary>
public static class SignFlipTest
{
    public const int DefaultResamples = 40_000;

    /// <summary>Fixed, so the same pair of runs always gives the same p-value and the gate never flickers.</summary>
    public const ulong DefaultSeed = 20_241_130;

    /// <summary>Up to this many nonzero differences every one of the 2^m sign patterns is summed (a million at most).</summary>
    public const int ExactDifferenceLimit = 20;

    /// <summary>Beyond <see cref="ExactDifferenceLimit"/>, tied groups are enumerated exactly up to this many group states.</summary>
    public const int ExactStateLimit = 1 << 16;

    /// <param name="exactStateLimit">Enumerate exactly up to this many group states; 0 forces Monte Carlo (tests compare it with exact).</param>
    public static SignFlipResult Run(ReadOnlySpan<double> differences, int resamples = DefaultResamples, ulong seed = DefaultSeed, int exactStateLimit = ExactStateLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var (magnitudes, counts) = Groups(differences);
        if (magnitudes.Length == 0) return new SignFlipResult(1.0, true, 0);
        var observed = 0.0;
        var scale = 0.0;
        foreach (var d in differences)
        {
            observed += d;
            scale += Math.Abs(d);
        }
        // A resample equal to the observed sum up to rounding counts as "as extreme" (sums of the same terms in another order).
        var threshold = Math.Abs(observed) - 1e-9 * scale;
        if (threshold <= 0) return new SignFlipResult(1.0, true, 0);

        double states = 1;
        var m = 0;
        foreach (var c in counts)
        {
            states *= c + 1;
            m += c;
        }
        if (exactStateLimit > 0 && m <= ExactDifferenceLimit) return new SignFlipResult(Math.Min(1.0, ExactPatterns(magnitudes, counts, m, threshold)), true, 0);
        return states <= exactStateLimit
            ? new SignFlipResult(Math.Min(1.0, Exact(magnitudes, counts, threshold)), true, 0)
            : new SignFlipResult(MonteCarlo(magnitudes, counts, threshold, resamples, seed), false, resamples);
    }

    public static SignFlipResult Run(IReadOnlyList<double> baseline, IReadOnlyList<double> candidate, int resamples = DefaultResamples, ulong seed = DefaultSeed)
    {
        if (baseline.Count != candidate.Count) throw new ArgumentException("paired values must have equal counts");
        var differences = new double[baseline.Count];
        for (var i = 0; i < differences.Length; i++) differences[i] = candidate[i] - baseline[i];
        return Run(differences, resamples, seed);
    }

    /// <summary>Distinct nonzero magnitudes and how many differences have each.</summary>
    private static (double[] Magnitudes, int[] Counts) Groups(ReadOnlySpan<double> differences)
    {
        var sorted = new List<double>(differences.Length);
        foreach (var d in differences)
            if (d != 0 && !double.IsNaN(d)) sorted.Add(Math.Abs(d));
        sorted.Sort();
        var magnitudes = new List<double>();
        var counts = new List<int>();
        foreach (var value in sorted)
        {
            if (magnitudes.Count > 0 && magnitudes[^1] == value) counts[^1]++;
            else
            {
                magnitudes.Add(value);
                counts.Add(1);
            }
        }
        return ([.. magnitudes], [.. counts]);
    }

    /// <summary>
    /// Counts the sign patterns, each summed from at most three chunk tables. A pattern and its mirror (every sign
    /// flipped) have the same |T|, so only the half with the last difference positive is walked.
    /// </summary>
    private static double ExactPatterns(double[] magnitudes, int[] counts, int m, double threshold)
    {
        var tables = ChunkTables(magnitudes, counts, out var chunks);
        var extreme = 0L;
        var patterns = 1L << (m - 1);
        for (var pattern = 0L; pattern < patterns; pattern++)
        {
            var sum = 0.0;
            for (var chunk = 0; chunk < chunks; chunk++) sum += tables[(chunk << 8) | (int)(pattern >> (8 * chunk) & 0xFF)];
            if (Math.Abs(sum) >= threshold) extreme++;
        }
        return (double)extreme / patterns;
    }

    /// <summary>Σ over every combination of plus-sign counts kᵍ of Π Binomial(c_g, ½)(kᵍ), where |Σ v_g(2kᵍ − c_g)| ≥ threshold.</summary>
    private static double Exact(double[] magnitudes, int[] counts, double threshold)
    {
        var pmfs = counts.Select(HalfBinomialPmf).ToArray();
        double Walk(int group, double sum, double probability)
        {
            if (group == magnitudes.Length) return Math.Abs(sum) >= threshold ? probability : 0;
            var total = 0.0;
            var c = counts[group];
            for (var k = 0; k <= c; k++)
                total += Walk(group + 1, sum + magnitudes[group] * (2 * k - c), probability * pmfs[group][k]);
            return total;
        }
        return Walk(0, 0, 1);
    }

    /// <summary>P(K = k) for K ~ Binomial(c, ½), k = 0..c, built in log space (2^-c underflows past c ≈ 1074).</summary>
    public static double[] HalfBinomialPmf(int c)
    {
        var pmf = new double[c + 1];
        var log = -c * Math.Log(2);
        for (var k = 0; k <= c; k++)
        {
            if (k > 0) log += Math.Log((double)(c - k + 1) / k);
            pmf[k] = Math.Exp(log);
        }
        return pmf;
    }

    /// <summary>
    /// Every difference (ties expanded) in chunks of 8, each chunk a table of its 256 signed sums, so one resample is
    /// one table lookup per 8 differences, driven by one byte of a 64-bit random word.
    /// </summary>
    private static double[] ChunkTables(double[] magnitudes, int[] counts, out int chunks)
    {
        var values = new List<double>();
        for (var g = 0; g < magnitudes.Length; g++)
            for (var k = 0; k < counts[g]; k++) values.Add(magnitudes[g]);
        chunks = (values.Count + 7) / 8;
        var tables = new double[chunks * 256];
        for (var chunk = 0; chunk < chunks; chunk++)
            for (var pattern = 0; pattern < 256; pattern++)
            {
                var sum = 0.0;
                for (var bit = 0; bit < 8; bit++)
                {
                    var index = chunk * 8 + bit;
                    // Elements past the end of the last chunk are 0, so their sign does not matter.
                    if (index < values.Count) sum += (pattern >> bit & 1) == 0 ? values[index] : -values[index];
                }
                tables[chunk * 256 + pattern] = sum;
            }
        return tables;
    }

    private static double MonteCarlo(double[] magnitudes, int[] counts, double threshold, int resamples, ulong seed)
    {
        var tables = ChunkTables(magnitudes, counts, out var chunks);
        var random = new SplitMix64(seed);
        var extreme = 0;
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            ulong word = 0;
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                if ((chunk & 7) == 0) word = random.Next();
                sum += tables[(chunk << 8) | (int)(word & 0xFF)];
                word >>= 8;
            }
            if (Math.Abs(sum) >= threshold) extreme++;
        }
        return (1.0 + extreme) / (resamples + 1.0);
    }
}

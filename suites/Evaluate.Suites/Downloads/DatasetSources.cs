using Evaluate.Suites.Competitions;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Gsm8k;
using Evaluate.Suites.Math500;
using Evaluate.Suites.MathFull;
using Evaluate.Suites.Minerva;
using Evaluate.Suites.OlympiadBench;
using Evaluate.Suites.OmniMath;

namespace Evaluate.Suites.Downloads;

/// <summary>
/// The pinned upstream files behind the built-in suites (the same table as the README's "Datasets" section), each
/// declared in its suite's folder.
/// Raw GitHub URLs at fixed commits, so the bytes cannot change under a pinned SHA-256.
/// </summary>
public static class DatasetSources
{
    // Each suite's folder declares its own source; this is the list `datasets` reads.
    public static IReadOnlyList<DatasetSource> All { get; } =
        [Gsm8kSource.Source, Math500Source.Source, OmniMathSource.Source, Game24Source.Source, MathSource.Source,
         .. CompetitionSources.All, OlympiadBenchSource.Source, MinervaSource.Source];

    /// <summary>The sources of the named suites; every built-in non-optional one when none is named.</summary>
    public static IReadOnlyList<DatasetSource> Select(IReadOnlyCollection<string> suites)
    {
        if (suites.Count == 0) return All.Where(s => !s.Optional).ToList();
        foreach (var name in suites)
            if (All.All(s => s.Suite != name))
                throw new Evaluate.Core.UsageException($"--suite {name}: no downloadable data for this suite; known: {string.Join(", ", All.Select(s => s.Suite))}");
        return All.Where(s => suites.Contains(s.Suite)).ToList();
    }
}

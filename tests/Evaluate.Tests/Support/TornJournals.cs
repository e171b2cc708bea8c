namespace Evaluate.Tests.Support;

/// <summary>
/// Leaves a finished run's journals as a kill mid-write would: the last few problems gone and half a line at the end of
/// each file, the cut chosen by a seed so every resume test can replay it.
/// </summary>
public static class TornJournals
{
    public static void Tear(string runDirectory, int seed, params string[] journals)
    {
        var random = new Random(seed);
        foreach (var journal in journals)
        {
            var path = Path.Combine(runDirectory, journal);
            var lines = File.ReadAllLines(path);
            var keep = lines.Length - random.Next(1, 10);
            var torn = lines[keep][..random.Next(1, lines[keep].Length - 1)];
            File.WriteAllText(path, string.Join("", lines.Take(keep).Select(l => l + "\n")) + torn);
        }
    }
}

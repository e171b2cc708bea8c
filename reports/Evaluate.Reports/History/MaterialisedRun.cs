namespace Evaluate.Reports.History;

/// <summary>
/// A history entry (or several pooled) written out as a run directory for the comparer to read; deleted when disposed.
/// </summary>
/// <param name="Name">How a verdict names it: run name, tag and date (see <see cref="HistoryLabels"/>).</param>
/// <param name="EntryIds">The entries it holds: one, or the K pooled ones.</param>
public sealed class MaterialisedRun(string directory, long entryId, string name, IReadOnlyList<long> entryIds) : IDisposable
{
    public string Directory { get; } = directory;

    public long EntryId { get; } = entryId;

    public string Name { get; } = name;

    public IReadOnlyList<long> EntryIds { get; } = entryIds;

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* a temporary directory left behind is harmless */ }
    }
}

namespace Evaluate.Reports.History;

/// <summary>A history entry written out as a run directory for the comparer to read; deleted when disposed.</summary>
public sealed class MaterialisedRun(string directory, long entryId) : IDisposable
{
    public string Directory { get; } = directory;

    public long EntryId { get; } = entryId;

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* a temporary directory left behind is harmless */ }
    }
}

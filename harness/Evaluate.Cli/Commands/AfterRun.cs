using Evaluate.Reports.History;
using Evaluate.Reports.Html;

namespace Evaluate.Cli.Commands;

/// <summary>What `run` and `replay` do once the results are written: append to a history database, write the report.</summary>
/// <param name="Catalog">The registered metrics the report's tables are built from (default: the built-in ones).</param>
public sealed record AfterRun(string? History, bool Report, string? Tag = null, Core.Metrics.MetricCatalog? Catalog = null)
{
    /// <summary>Refuses an unusable --history file before the run, not after hours of it.</summary>
    public void CheckFiles()
    {
        if (History is null) return;
        Core.Files.DatabaseFiles.RequireUsable(History, "--history");
        // An existing file must be a history database; a new one is created only once there is a run to append.
        if (File.Exists(History)) HistoryStore.Open(History);
    }

    public void Apply(string runDirectory, TextWriter output)
    {
        if (History is not null)
        {
            var (id, already) = HistoryStore.Open(History).Append(runDirectory, Tag, gatePassed: null);
            output.WriteLine(already
                ? $"note: history {Path.GetFullPath(History)} already holds this run (entry {id}, same fingerprint and run id); not added again"
                : $"Appended to history {Path.GetFullPath(History)} (entry {id})");
        }
        if (Report)
            output.WriteLine($"Report written to {Path.GetFullPath(ReportBuilder.Write(new ReportOptions([runDirectory], runDirectory, Catalog: Catalog)))}");
    }
}

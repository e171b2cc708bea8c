using Evaluate.Core.Metrics;

namespace Evaluate.Reports.Charts;

/// <summary>A run shown in a report: its directory, display name (the directory's name) and summary.</summary>
public sealed record ReportRun(string Directory, string Name, RunSummary Summary);

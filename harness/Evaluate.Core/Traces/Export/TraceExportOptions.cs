using Evaluate.Core.Models;

namespace Evaluate.Core.Traces.Export;

/// <summary>What export-traces keeps and how it writes it (README and docs/traces.md: export-traces).</summary>
public sealed record TraceExportOptions
{
    public required ITraceFormat Format { get; init; }
    /// <summary>Counts each example's tokens (recorded in it, and compared with <see cref="MaxTokens"/>).</summary>
    public required ITokenCounter Tokens { get; init; }
    /// <summary>Only traces whose search ended in a correct answer.</summary>
    public bool SolvedOnly { get; init; }
    /// <summary>Only the path root → solution (traces without a solution give no example).</summary>
    public bool PathOnly { get; init; }
    /// <summary>Longer examples are dropped, never cut: a cut trace would teach a search that stops mid-way.</summary>
    public int? MaxTokens { get; init; }
    /// <summary>An example whose text equals an earlier one's is dropped.</summary>
    public bool Dedupe { get; init; }
}

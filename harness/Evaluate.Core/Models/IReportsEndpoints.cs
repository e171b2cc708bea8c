namespace Evaluate.Core.Models;

/// <summary>
/// A model spread over several endpoints reports per-endpoint traffic. It depends on which replica happened to answer,
/// so it goes to run.json (wall clock and deployment), never into the deterministic records or summary.json.
/// </summary>
public interface IReportsEndpoints
{
    IReadOnlyList<EndpointStatistics> Endpoints { get; }
}

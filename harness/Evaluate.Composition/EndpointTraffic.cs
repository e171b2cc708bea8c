using Evaluate.Core.Models;
using Evaluate.Core.Running;

namespace Evaluate.Composition;

/// <summary>
/// Per-endpoint calls and errors of the run's multi-endpoint models, printed and returned for run.json (they depend
/// on which replica answered, so they stay out of the deterministic files); null when no model has several endpoints.
/// Each model is asked for the capability (<see cref="IModelAdapter.GetService"/>), so a cache or any other decorator
/// around it is walked through without being known here.
/// </summary>
public static class EndpointTraffic
{
    public static IReadOnlyList<EndpointStatistics>? Of(IEnumerable<RunCell> cells, TextWriter output)
    {
        var endpoints = cells.Select(c => c.Model.GetService<IReportsEndpoints>()).OfType<IReportsEndpoints>().Distinct()
            .SelectMany(m => m.Endpoints).ToList();
        if (endpoints.Count == 0) return null;
        foreach (var e in endpoints) output.WriteLine($"endpoint {e.Url}: {e.Calls} call(s), {e.Errors} error(s)");
        return endpoints;
    }
}

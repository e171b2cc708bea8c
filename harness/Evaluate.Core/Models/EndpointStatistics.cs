using System.Text.Json.Serialization;

namespace Evaluate.Core.Models;

/// <summary>What one endpoint of a model served during a run: requests sent to it and how many failed.</summary>
/// <param name="Url">The endpoint's base URL, credentials stripped (<see cref="EndpointUrl.Safe"/>).</param>
public sealed record EndpointStatistics(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("calls")] int Calls,
    [property: JsonPropertyName("errors")] int Errors);

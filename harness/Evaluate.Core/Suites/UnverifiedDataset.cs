using System.Text.Json.Serialization;

namespace Evaluate.Core.Suites;

/// <summary>A data file a run read although its SHA-256 differs from its pin (run --allow-unverified-data), as the manifest records it.</summary>
public sealed record UnverifiedDataset(
    [property: JsonPropertyName("suite")] string Suite,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("pinned_sha256")] string PinnedSha256,
    [property: JsonPropertyName("sha256")] string Sha256);

using System.Text.Json;
using System.Text.Json.Serialization;
using Evaluate.Core.Running;

namespace Evaluate.Core.Results;

/// <summary>
/// manifest.json: the run's manifest, written before the first model call so that an interrupted or killed run can
/// be resumed (and checked against its fingerprint) even when no summary was ever written.
/// </summary>
public sealed record ManifestFile(
    [property: JsonPropertyName("schema")] string Schema,
    [property: JsonPropertyName("manifest")] RunManifest Manifest)
{
    public const string SchemaName = "evaluate.manifest/1";

    public static void Write(string path, RunManifest manifest)
    {
        Files.OutputFile.WriteAllText(path, JsonSerializer.Serialize(new ManifestFile(SchemaName, manifest), ResultJson.Indented) + "\n");
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Evaluate.Core.Results;

namespace Evaluate.Reports.History;

/// <summary>
/// Which execution of a plan a run directory holds, so the history can tell "the same run recorded again" (gating one
/// candidate twice, a retried CI job) from "another run of the same plan" (tonight's rerun, same fingerprint). It is
/// the start time run.json records (unique per execution, kept by a copy of the directory); for a merged run, its
/// shards' start times (merging the same shards again is the same run); a directory without either is named by a
/// SHA-256 of its records instead.
/// </summary>
public static class RunId
{
    public static string Of(RunDirectory run)
    {
        if (File.Exists(run.Files.RunInfo))
        {
            try
            {
                using var info = JsonDocument.Parse(File.ReadAllText(run.Files.RunInfo));
                var root = info.RootElement;
                if (root.TryGetProperty("started_utc", out var started) && started.GetString() is { Length: > 0 } text) return "started " + text;
                if (root.TryGetProperty("shards", out var shards) && shards.ValueKind == JsonValueKind.Array)
                {
                    var starts = shards.EnumerateArray()
                        .Select(s => s.TryGetProperty("run", out var run) && run.ValueKind == JsonValueKind.Object && run.TryGetProperty("started_utc", out var at) ? at.GetString() : null)
                        .ToList();
                    if (starts.Count > 0 && starts.All(s => s is { Length: > 0 })) return "shards started " + string.Join(", ", starts);
                }
            }
            catch (JsonException)
            {
                // An unreadable run.json says nothing about identity; the records still do.
            }
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in new[] { run.Files.Problems, run.Files.Samples })
            if (File.Exists(path)) sha.AppendData(File.ReadAllBytes(path));
        return "records " + Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string Of(string runDirectory) => Of(RunDirectory.Open(runDirectory));
}

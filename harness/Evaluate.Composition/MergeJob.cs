using System.Globalization;
using System.Text.Json;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Core.Running;
using Evaluate.Core.Sharding;

namespace Evaluate.Composition;

/// <summary>
/// `merge`: the shards of one run into one directory holding what a one-machine run of the plan writes. Every check
/// (shards, coverage, the output directory) comes before the first byte is written, so a refused merge writes nothing.
/// samples.jsonl and problems.jsonl are the shards' lines in canonical order; summary.json and summary.csv are built
/// from them by the run's own exporters; prompts.jsonl is the shards' prompts; timings.jsonl and run.json are merged (wall clock, never compared).
/// </summary>
public sealed class MergeJob(Registries registries, TextWriter output)
{
    public RunSummary? Summary { get; private set; }

    public void Merge(IReadOnlyList<string> shardDirectories, string outDirectory, bool allowPartial)
    {
        var files = new ResultFiles(outDirectory);
        if (files.HasResults || File.Exists(files.Manifest) || File.Exists(files.Summary))
            throw new UsageException($"merge: {outDirectory} already holds results; choose another --out");
        var set = ShardSet.Check(shardDirectories, allowPartial);
        var journals = ShardJournals.Read(set);
        Directory.CreateDirectory(outDirectory);
        using var outLock = RunDirectoryLock.Acquire(outDirectory, output);
        // Checked again under the lock: another merge or run may have written there since.
        if (files.HasResults || File.Exists(files.Manifest) || File.Exists(files.Summary))
            throw new UsageException($"merge: {outDirectory} already holds results; choose another --out");

        var before = Directory.EnumerateFiles(outDirectory).ToHashSet();
        try
        {
            journals.Write(files);
            // Every shard wrote the plan's prompts; the union keeps a partial merge's prompts too.
            var prompts = set.Shards.Select(s => new ResultFiles(s.Directory).Prompts).Where(File.Exists).ToList();
            if (prompts.Count > 0) PromptsFile.Write(files.Prompts, prompts.SelectMany(p => PromptsFile.Read(p).Values));
            ManifestFile.Write(files.Manifest, set.Manifest);
            var catalog = registries.MetricCatalog;
            Summary = RunSummary.Build(RunResult.Read(files, set.Manifest, set.Complete), catalog);
            var target = new ExportTarget(files.Directory, output, Plain: true, catalog);
            foreach (var name in registries.Exporters.Names)
                registries.Exporters.Create(name, new ComponentContext { Plan = set.Manifest.Plan }).Export(Summary, target);
            WriteRunInfo(files.RunInfo, set);
        }
        catch
        {
            // A merge that stops (a full disk) takes back what it wrote: no partial run under final names, and the
            // next merge into this directory is not refused for holding results.
            foreach (var written in Directory.EnumerateFiles(outDirectory).Where(f => !before.Contains(f) && Path.GetFileName(f) != RunDirectoryLock.FileName))
                File.Delete(written);
            throw;
        }
        if (!set.Complete)
            output.WriteLine($"note: partial merge of {set.Shards.Count} of {set.Shards[0].Shard.Count} shards ({set.Shards.Count(s => !s.Complete)} incomplete): summary.json says \"complete\": false");
    }

    /// <summary>run.json: each shard's own run.json under "shards", with the merge's completeness.</summary>
    private static void WriteRunInfo(string path, ShardSet set)
    {
        var shards = set.Shards.Select(s =>
        {
            var info = new ResultFiles(s.Directory).RunInfo;
            return new OrderedDictionary<string, object?>
            {
                ["shard"] = s.Shard.ToString(),
                ["directory"] = Path.GetFullPath(s.Directory),
                ["run"] = File.Exists(info) ? JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(info)) : null,
            };
        }).ToList();
        var merged = new OrderedDictionary<string, object?>
        {
            ["merged_utc"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["complete"] = set.Complete,
            ["tool_version"] = RunJob.ToolVersion,
            ["shards"] = shards,
        };
        Core.Files.OutputFile.WriteAllText(path, JsonSerializer.Serialize(merged, ResultJson.Indented) + "\n");
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Evaluate.Core.Files;
using Evaluate.Suites.Gsm8k;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>
/// `run` checks each data file against its pinned SHA-256 as it loads it (with the hash it computes anyway): a file
/// `datasets verify` calls "do not use" is refused (exit 2, naming the file and both hashes) unless
/// --allow-unverified-data, which manifest.json then records.
/// </summary>
public sealed class DatasetPinTests
{
    /// <summary>A copy of the shared gsm8k file in a temporary data folder, optionally with its first question changed.</summary>
    private static string DataCopy(bool tamper)
    {
        var shared = SharedDatasets.Require();
        var data = TestRuns.NewDirectory();
        var target = Path.Combine(data, "gsm8k", "test.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(shared.Path, "gsm8k", "test.jsonl"), target);
        if (tamper)
        {
            var lines = File.ReadAllLines(target);
            var first = JsonNode.Parse(lines[0])!.AsObject();
            first["question"] = first["question"]!.GetValue<string>() + " (changed)";
            lines[0] = first.ToJsonString();
            File.WriteAllText(target, string.Join('\n', lines) + "\n");
        }
        return data;
    }

    private static string[] Run(string data, string output) => ["run", "--suite", "gsm8k", "--limit", "2", "--data", data, "--out", output];

    [Test]
    public async Task A_file_that_matches_its_pin_runs_and_records_nothing_unverified()
    {
        var output = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync(Run(DataCopy(tamper: false), output));
        Assert.That(code, Is.Zero, error);
        Assert.That(File.ReadAllText(Path.Combine(output, "manifest.json")), Does.Not.Contain("unverified_data"));
    }

    [Test]
    public async Task A_tampered_file_is_refused_naming_it_and_both_hashes()
    {
        var data = DataCopy(tamper: true);
        var output = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync(Run(data, output));
        FailureAssert.Expected(code, error, Path.Combine(data, "gsm8k", "test.jsonl"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(Gsm8kSource.Source.Sha256!).And.Contain(FileHash.Sha256(Path.Combine(data, "gsm8k", "test.jsonl"))));
        Assert.That(error, Does.Contain("--allow-unverified-data"));
        Assert.That(Directory.Exists(output), Is.False, "a refused run writes nothing");
    }

    [Test]
    public async Task Allow_unverified_data_runs_and_records_the_file_in_the_manifest()
    {
        var data = DataCopy(tamper: true);
        var output = TestRuns.NewDirectory();
        var (code, text, error) = await InProcessCli.RunAsync([.. Run(data, output), "--allow-unverified-data"]);
        Assert.That(code, Is.Zero, error);
        Assert.That(text, Does.Contain("warning: gsm8k/test.jsonl"));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var unverified = manifest.RootElement.GetProperty("manifest").GetProperty("unverified_data");
        Assert.That(unverified.GetArrayLength(), Is.EqualTo(1));
        Assert.That(unverified[0].GetProperty("file").GetString(), Is.EqualTo("gsm8k/test.jsonl"));
        Assert.That(unverified[0].GetProperty("pinned_sha256").GetString(), Is.EqualTo(Gsm8kSource.Source.Sha256));
        Assert.That(unverified[0].GetProperty("sha256").GetString(), Is.EqualTo(FileHash.Sha256(Path.Combine(data, "gsm8k", "test.jsonl"))));
    }
}

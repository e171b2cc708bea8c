using System.Security.Cryptography;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Performance;

/// <summary>
/// The performance work (issue 12) must not change a byte of what a run writes. These digests were recorded on the
/// code before any hot path was touched; every optimisation of tokenisation, analysis, JSON I/O and summarising must
/// keep them. A digest changes only when a deliberate change of output lands, and then with a note in the commit.
/// </summary>
[Category(TestCategories.Process)]
public sealed class GoldenOutputTests
{
    private static readonly string[] RunFiles = ["samples.jsonl", "problems.jsonl", "summary.json"];

    [Test]
    public async Task The_main_job_writes_the_recorded_bytes()
    {
        var data = SharedDatasets.Require();
        var output = Path.Combine(TestRuns.NewDirectory(), "main");
        var plan = Path.Combine(SharedDatasets.RepositoryRoot, "evals", "default.yaml");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--plan", plan, "--data", data.Path, "--out", output);
        Assert.That(code, Is.Zero, error);
        AssertDigests(output, GoldenDigests.MainJob);
    }

    [Test]
    public async Task A_gsm8k_sim_run_with_8_samples_writes_the_recorded_bytes()
    {
        var data = SharedDatasets.Require();
        var output = Path.Combine(TestRuns.NewDirectory(), "gsm8k");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "gsm8k", "--model", "sim", "--strategy", "sample:n=8",
            "--limit", "60", "--seed", "7", "--data", data.Path, "--out", output);
        Assert.That(code, Is.Zero, error);
        AssertDigests(output, GoldenDigests.Gsm8kSim);
    }

    [Test]
    public async Task A_replay_writes_the_recorded_bytes()
    {
        var (root, input) = WriteInput("generations.jsonl", GoldenInputs.ReplayLines(40));
        var output = Path.Combine(root, "replayed");
        var (code, _, error) = await InProcessCli.RunAsync("replay", "--suite", "probes", "--input", input, "--out", output, "--name", "golden");
        Assert.That(code, Is.Zero, error);
        AssertDigests(output, GoldenDigests.Replay, input);
    }

    [Test]
    public async Task A_grade_file_writes_the_recorded_bytes()
    {
        var (root, input) = WriteInput("pairs.jsonl", GoldenInputs.PairLines(400));
        var verdicts = Path.Combine(root, "verdicts.jsonl");
        var (code, _, error) = await InProcessCli.RunAsync("grade", "--suite", "math", "--input", input, "--output", verdicts);
        Assert.That(code, Is.Zero, error);
        var digest = Digest(verdicts);
        Assert.That(digest, Is.EqualTo(GoldenDigests.Grade), "verdicts.jsonl: " + digest);
    }

    private static (string Root, string Input) WriteInput(string name, string text)
    {
        var root = TestRuns.NewDirectory();
        Directory.CreateDirectory(root);
        var input = Path.Combine(root, name);
        File.WriteAllText(input, text);
        return (root, input);
    }

    /// <param name="input">A path the files record (the replay model's spec names its input file), hashed as "INPUT"
    /// and the fingerprint (a hash of it) as "F", so that the digest does not depend on the temporary directory.</param>
    private static void AssertDigests(string directory, IReadOnlyList<string> expected, string? input = null)
    {
        var actual = RunFiles.Select(f => Digest(Path.Combine(directory, f), input)).ToArray();
        Assert.That(actual, Is.EqualTo(expected), "digests of " + string.Join(", ", RunFiles) + ": " + string.Join(" ", actual.Select(a => $"\"{a}\",")));
    }

    private static string Digest(string path, string? input = null)
    {
        if (input is null) return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        var escaped = System.Text.Json.JsonSerializer.Serialize(input)[1..^1];
        var text = File.ReadAllText(path).Replace(escaped, "INPUT", StringComparison.Ordinal);
        // The run's fingerprint hashes the spec, path included.
        text = System.Text.RegularExpressions.Regex.Replace(text, "\"fingerprint\": \"[0-9a-f]{64}\"", "\"fingerprint\": \"F\"");
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}

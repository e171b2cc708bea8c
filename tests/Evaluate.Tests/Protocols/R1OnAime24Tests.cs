using System.Globalization;
using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Protocols;

/// <summary>
/// The issue's own example: `run --protocol r1 --suite aime24 --model sim` gives accuracy ± SE, cons@64, pass^k and the
/// length figures in every reader (the terminal, summary.json, summary.md, report.html, report.md), with the preset's
/// 64 samples at temperature 0.6 and top_p 0.95 recorded in the manifest.
/// </summary>
[Category(TestCategories.Process)]
public sealed class R1OnAime24Tests
{
    private static string _run = "";
    private static string _terminal = "";

    [OneTimeSetUp]
    public async Task RunTheProtocol()
    {
        _run = TestRuns.NewDirectory();
        var (code, output, error) = await InProcessCli.RunAsync("run", "--protocol", "r1", "--suite", "aime24", "--model", "sim",
            "--limit", "4", "--data", SharedDatasets.Require().Path, "--out", _run, "--report", "--released", "2025-01");
        Assert.That(code, Is.EqualTo(0), error);
        _terminal = output;
    }

    private static JsonElement Metrics()
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run, "summary.json")));
        return summary.RootElement.GetProperty("results")[0].GetProperty("metrics").Clone();
    }

    [Test]
    public void The_cell_draws_64_samples_at_the_presets_sampling_and_records_the_protocol()
    {
        var samples = File.ReadAllLines(Path.Combine(_run, "samples.jsonl"));
        Assert.That(samples, Has.Length.EqualTo(4 * 64));
        var manifest = File.ReadAllText(Path.Combine(_run, "manifest.json"));
        Assert.That(manifest, Does.Contain("\"protocol\": \"r1\""));
        Assert.That(manifest, Does.Contain("sample:n=64,temperature=0.6,top_p=0.95"));
    }

    [Test]
    public void The_protocols_prompt_suffix_keeps_the_suites_date_so_a_later_model_is_marked_possibly_contaminated()
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run, "summary.json")));
        Assert.That(summary.RootElement.GetProperty("results")[0].GetProperty("possibly_contaminated").GetBoolean(), Is.True,
            "aime24 (2024-02) predates a model released 2025-01, through the prompt-suffix wrapper");
        Assert.That(File.ReadAllText(Path.Combine(_run, "prompts.jsonl")), Does.Contain("put your final answer within"));
    }

    [Test]
    public void Summary_json_holds_accuracy_with_its_standard_error_cons_at_64_pass_hat_k_and_lengths()
    {
        var metrics = Metrics();
        var accuracy = metrics.GetProperty("accuracy").GetDouble();
        Assert.That(metrics.GetProperty("accuracy_se").GetDouble(), Is.GreaterThan(0).And.LessThan(0.5));
        Assert.That(metrics.GetProperty("maj@64").ValueKind, Is.EqualTo(JsonValueKind.Number), "cons@64 is maj@64");
        Assert.That(metrics.TryGetProperty("cons@64", out _), Is.False, "an alias is never written twice");
        // pass^1 is accuracy itself (one sample right), and pass^64 cannot exceed it.
        Assert.That(metrics.GetProperty("pass^1").GetDouble(), Is.EqualTo(accuracy).Within(1e-12));
        Assert.That(metrics.GetProperty("pass^64").GetDouble(), Is.LessThanOrEqualTo(accuracy));
        foreach (var name in new[] { "median_completion_tokens", "p90_completion_tokens", "max_completion_tokens" })
            Assert.That(metrics.GetProperty(name).GetDouble(), Is.GreaterThan(0), name);
        Assert.That(metrics.GetProperty("max_completion_tokens").GetDouble(),
            Is.GreaterThanOrEqualTo(metrics.GetProperty("p90_completion_tokens").GetDouble()));
    }

    [Test]
    public void Every_reader_shows_accuracy_plus_minus_se_cons_at_k_pass_hat_k_and_the_length_group()
    {
        var metrics = Metrics();
        var se = (100 * metrics.GetProperty("accuracy_se").GetDouble()).ToString("0.0", CultureInfo.InvariantCulture);
        var readers = new Dictionary<string, string>
        {
            ["terminal"] = _terminal,
            ["summary.md"] = File.ReadAllText(Path.Combine(_run, "summary.md")),
            // The page escapes text (± as &#xB1;): read it as a browser shows it.
            ["report.html"] = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(_run, "report.html"))),
            ["report.md"] = File.ReadAllText(Path.Combine(_run, "report.md")),
        };
        foreach (var (reader, text) in readers)
        {
            Assert.That(text, Does.Contain("± " + se), $"{reader}: accuracy ± SE");
            Assert.That(text, Does.Contain("cons@k"), $"{reader}: maj@k under its reasoning-model name");
            Assert.That(text, Does.Contain("pass^64"), $"{reader}: pass^k at the headline k");
            Assert.That(text, Does.Contain("median / p90 / max"), $"{reader}: the length group");
        }
    }
}

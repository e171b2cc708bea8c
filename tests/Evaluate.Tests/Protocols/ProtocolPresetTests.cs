using System.Text.Json;
using Evaluate.Core.Plans;
using Evaluate.Core.Protocols;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Protocols;

/// <summary>`run --protocol NAME`: the preset's values beneath the plan file and the flags, recorded in the manifest and fingerprint.</summary>
public sealed class ProtocolPresetTests
{
    private static readonly string Presets = Path.Combine(SharedDatasets.RepositoryRoot, "evals", "protocols");

    private static ProtocolPreset R1() => new ProtocolResolver([Presets]).Load("r1", PlanKeyTable.Core);

    [Test]
    public void R1_sets_the_cards_sampling_and_an_n_for_every_suite_of_the_protocol()
    {
        var plan = R1().ApplyTo(new RunPlan(), new HashSet<string>());
        Assert.That((plan.Temperature, plan.TopP, plan.MaxTokens, plan.N), Is.EqualTo(((double?)0.6, (double?)0.95, 32768, (int?)4)));
        Assert.That(plan.Strategies, Is.EqualTo(new[] { "sample" }));
        Assert.That(plan.PromptSuffix, Is.EqualTo("Please reason step by step, and put your final answer within \\boxed{}."));
        // The mapping needs no suite to exist: n per suite as the plan will hand it to each suite's strategies.
        var counts = SuiteSampleCounts.Parse(plan.NPerSuite);
        var expected = new Dictionary<string, int>
        {
            ["aime24"] = 64, ["aime25"] = 64, ["hmmt-feb-2025"] = 64, ["amc23"] = 16, ["math500"] = 4, ["olympiadbench"] = 4, ["minerva-math"] = 4,
        };
        Assert.That(counts, Is.EquivalentTo(expected));
        Assert.That(SuiteSampleCounts.For(counts, "gsm8k", plan.N), Is.EqualTo(4), "a suite the preset does not list takes its default n");
    }

    [Test]
    public void A_key_the_plan_or_a_flag_gives_wins_and_an_explicit_n_replaces_the_n_per_suite()
    {
        var plan = new RunPlan { Temperature = 0.9, N = 2 };
        var applied = R1().ApplyTo(plan, new HashSet<string> { "temperature", "n" });
        Assert.That((applied.Temperature, applied.N, applied.TopP), Is.EqualTo(((double?)0.9, (int?)2, (double?)0.95)));
        Assert.That(applied.NPerSuite, Is.Null, "an explicit n is n on every suite");
    }

    [Test]
    public async Task Run_protocol_r1_expands_into_the_cells_prompts_manifest_and_fingerprint()
    {
        var data = SharedDatasets.Require();
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--protocol", "r1", "--suite", "math500", "--model", "sim", "--limit", "2",
            "--data", data.Path, "--out", Path.Combine(work, "r1"));
        Assert.That(code, Is.Zero, error);
        var run = RunDirectory.Open(Path.Combine(work, "r1"));
        var manifest = run.ReadManifest();
        Assert.That(manifest.Cells.Single().Strategy.ToString(), Is.EqualTo("sample:n=4,temperature=0.6,top_p=0.95"));
        Assert.That((manifest.Plan.Protocol, manifest.Plan.TopP), Is.EqualTo(("r1", (double?)0.95)));
        Assert.That(manifest.Identity!["protocol"], Is.EqualTo("r1"));
        Assert.That(manifest.Identity!["prompt_suffix"], Does.StartWith("Please reason step by step"));
        foreach (var line in File.ReadLines(Path.Combine(work, "r1", "prompts.jsonl")))
            Assert.That(JsonDocument.Parse(line).RootElement.GetProperty("messages")[0].GetProperty("content").GetString(),
                Does.EndWith("\n\nPlease reason step by step, and put your final answer within \\boxed{}."));

        // A flag wins over the preset, and changes the fingerprint; without the protocol its keys leave the fingerprint.
        var (flagCode, _, flagError) = await InProcessCli.RunAsync("run", "--protocol", "r1", "--suite", "math500", "--model", "sim", "--limit", "2",
            "--temperature", "0.8", "--n", "2", "--data", data.Path, "--out", Path.Combine(work, "flags"));
        Assert.That(flagCode, Is.Zero, flagError);
        var flagged = RunDirectory.Open(Path.Combine(work, "flags")).ReadManifest();
        Assert.That(flagged.Cells.Single().Strategy.ToString(), Is.EqualTo("sample:n=2,temperature=0.8,top_p=0.95"));
        Assert.That(flagged.Fingerprint, Is.Not.EqualTo(manifest.Fingerprint));
        var (plainCode, _, plainError) = await InProcessCli.RunAsync("run", "--suite", "math500", "--model", "sim", "--limit", "2",
            "--data", data.Path, "--out", Path.Combine(work, "plain"));
        Assert.That(plainCode, Is.Zero, plainError);
        var plain = RunDirectory.Open(Path.Combine(work, "plain")).ReadManifest();
        Assert.That(plain.Identity!.Keys, Has.None.AnyOf("protocol", "prompt_suffix", "n_per_suite"));
        // Unset, the new keys are left out of the manifest's plan (older manifests keep their bytes).
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "plain", "manifest.json")));
        var planKeys = json.RootElement.GetProperty("manifest").GetProperty("plan").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(planKeys, Has.None.AnyOf("top_p", "protocol", "prompt_suffix", "n_per_suite"));
        Assert.That(planKeys, Does.Contain("temperature"));
    }

    [Test]
    public async Task N_per_suite_gives_each_suite_its_own_n()
    {
        var data = SharedDatasets.Require();
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "math500", "--suite", "probes", "--model", "sim", "--strategy", "sample",
            "--n-per-suite", "math500=3", "--n", "2", "--limit", "2", "--data", data.Path, "--out", work);
        Assert.That(code, Is.Zero, error);
        var run = RunDirectory.Open(work);
        var cells = run.ReadManifest().Cells.ToDictionary(c => c.Suite, c => c.Strategy.Parameters["n"]);
        Assert.That(cells, Is.EquivalentTo(new Dictionary<string, string> { ["math500"] = "3", ["probes"] = "2" }));
        Assert.That(run.Problems().Where(p => p.Suite == "math500").Select(p => p.Samples), Is.All.EqualTo(3));
    }

    [Test]
    public async Task An_unknown_protocol_exits_2_naming_it_and_the_known_ones()
    {
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--protocol", "r2", "--out", work);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("'r2'").And.Contain("known: r1").And.Contain("did you mean 'r1'"));
        Assert.That(Directory.Exists(work), Is.False, "a refused run writes nothing");
        var (fileCode, _, fileError) = await InProcessCli.RunAsync("run", "--protocol", Path.Combine(work, "none.yaml"), "--out", work);
        Assert.That((fileCode, fileError), Is.EqualTo((2, $"error: protocol (--protocol) '{Path.Combine(work, "none.yaml")}': no such preset file{Environment.NewLine}")));
    }

    [TestCase("temperature: 7\n", 1, "temperature", "must be in [0, 2]")]
    [TestCase("description: x\ntop_p: 0\n", 2, "top_p", "must be in (0, 1]")]
    [TestCase("n:\n  aime24: many\n", 2, "n_per_suite", "suite=n")]
    [TestCase("temprature: 0.6\n", 1, "temprature", "did you mean 'temperature'")]
    [TestCase("protocol: r1\n", 1, "protocol", "do not nest")]
    public async Task A_bad_preset_exits_2_naming_file_line_and_field(string text, int line, string field, string message)
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var preset = Path.Combine(work, "bad.yaml");
        File.WriteAllText(preset, text);
        var (code, _, error) = await InProcessCli.RunAsync("run", "--protocol", preset, "--out", Path.Combine(work, "out"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.StartWith($"error: {preset}:{line}: field '{field}': ").And.Contain(message));
    }
}

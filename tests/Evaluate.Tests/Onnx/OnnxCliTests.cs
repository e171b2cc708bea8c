using Evaluate.Adapters.Serving;
using Evaluate.Core.Components;
using Evaluate.Core.Results;
using Evaluate.Core.Running;
using Evaluate.Onnx.TestModels;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Onnx;

/// <summary>The onnx model and reward model through the CLI: listed, run in process, served, and refused when broken.</summary>
public sealed class OnnxCliTests
{
    private static string ModelFolder()
    {
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        BigramModel.Write(folder);
        return folder;
    }

    [Test]
    public async Task Models_and_rewards_list_the_onnx_components_with_their_parameters()
    {
        var models = await InProcessCli.RunAsync("models");
        Assert.That(models.Output, Does.Contain("onnx").And.Contain("path=").And.Contain("kv_cache=").And.Contain("provider="));
        var rewards = await InProcessCli.RunAsync("rewards");
        Assert.That(rewards.Output, Does.Contain("onnx").And.Contain("kind=").And.Contain("step_token="));
    }

    [Test]
    public async Task A_missing_model_file_is_a_usage_error_naming_the_file()
    {
        var folder = ModelFolder();
        File.Delete(Path.Combine(folder, "tokenizer.json"));
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", $"onnx:path={folder}", "--suite", "probes", "--limit", "2", "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("tokenizer.json"));
    }

    [TestCase("approx")]
    [TestCase("o200k_base")]
    public async Task Budget_forcing_through_the_cli_caps_the_test_models_thought_exactly(string tokenizer)
    {
        // The endless bigram model never ends a thought: the cap ends every one, at exactly 12 tokens as the run counts.
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        BigramModel.Write(folder, new BigramVariant(Endless: true));
        var output = TestRuns.NewDirectory();
        var (code, text, error) = await InProcessCli.RunAsync("run", "--model", $"onnx:path={folder},template=plain", "--suite", "probes", "--limit", "3",
            "--tokenizer", tokenizer, "--strategy", "budget-forcing:max_thinking=12,answer_tokens=6", "--out", output);
        Assert.That(code, Is.EqualTo(0), error + text);

        var samples = RunDirectory.Open(output).Samples().ToList();
        Assert.That(samples, Has.Count.EqualTo(3));
        Assert.That(samples.Select(s => s.ReasoningTokens), Is.All.EqualTo(12));
        Assert.That(samples.Select(s => s.Notes!["capped"]), Is.All.EqualTo("true"));
        Assert.That(samples.Select(s => s.Response), Is.All.StartWith("Final Answer:The"));
    }

    [Test, Category(TestCategories.Http)]
    public async Task Run_in_process_and_run_against_serve_give_the_same_samples()
    {
        var folder = ModelFolder();
        string[] plan = ["run", "--suite", "probes", "--strategy", "greedy", "--strategy", "sample:n=4,temperature=1", "--limit", "5", "--max-tokens", "12"];
        var local = TestRuns.NewDirectory();
        var inProcess = await InProcessCli.RunAsync([.. plan, "--model", $"onnx:path={folder},template=plain", "--out", local]);
        Assert.That(inProcess.ExitCode, Is.EqualTo(0), inProcess.Error + inProcess.Output);

        var registries = Components.Registries;
        using var adapter = (IDisposable)registries.Models.Create(ComponentSpec.Parse($"onnx:path={folder},template=plain"), new ComponentContext());
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync((Evaluate.Core.Models.IModelAdapter)adapter);
        var remote = TestRuns.NewDirectory();
        var served = await InProcessCli.RunAsync([.. plan, "--model", "openai:endpoint=completions", "--base-url", url, "--model-name", "onnx", "--out", remote]);
        Assert.That(served.ExitCode, Is.EqualTo(0), served.Error + served.Output);

        var a = RunDirectory.Open(local).Samples().ToList();
        var b = RunDirectory.Open(remote).Samples().ToList();
        Assert.That(a, Has.Count.EqualTo(5 + 5 * 4));
        Assert.That(b.Select(s => (s.ProblemId, s.SampleIndex, s.Response, s.Extracted, s.Correct)),
            Is.EqualTo(a.Select(s => (s.ProblemId, s.SampleIndex, s.Response, s.Extracted, s.Correct))));
        Assert.That(a.Select(s => s.Response).Distinct().Count(), Is.GreaterThan(1), "sampling gives different samples");
    }

    [Test]
    public async Task The_onnx_reward_model_scores_best_of_n_and_its_scores_reach_samples_jsonl()
    {
        var model = ModelFolder();
        var scorer = TestRuns.NewDirectory();
        Directory.CreateDirectory(scorer);
        ScorerModel.Write(scorer, perStep: false);
        var work = TestRuns.NewDirectory();
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", $"onnx:path={model},template=plain", "--reward", $"onnx:path={scorer}",
            "--suite", "probes", "--strategy", "best-of-n:n=3,temperature=1", "--limit", "3", "--max-tokens", "10", "--out", work);
        Assert.That(code, Is.EqualTo(0), error);
        var samples = RunDirectory.Open(work).Samples().ToList();
        Assert.That(samples.Select(s => s.Score), Is.All.Not.Null.And.All.InRange(0.0, 1.0));
        foreach (var problem in samples.GroupBy(s => s.ProblemId))
            Assert.That(problem.Single(s => s.Selected).Score, Is.EqualTo(problem.Max(s => s.Score)), "best-of-n picks the top score");
        Assert.That(RunDirectory.Open(work).ReadSummary().Results.Single().Metrics.Keys, Does.Contain("rm@2"));
    }
}

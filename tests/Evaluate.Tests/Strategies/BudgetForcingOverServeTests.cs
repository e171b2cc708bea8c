using System.Text.Json.Nodes;
using Evaluate.Adapters.Serving;
using Evaluate.Adapters.Simulated;
using Evaluate.Core.Models;
using Evaluate.Core.Running;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Strategies;

/// <summary>
/// Budget forcing through the OpenAI-compatible completions endpoint (the prompt rendered here, the thought continued
/// by the server) against a loopback <c>serve</c> host with the simulated reasoner behind it: the cap holds exactly,
/// forced "Wait"s appear as often as allowed, the samples equal the in-process run's, and the thinking-budget request
/// fields given as adapter options are recorded with the model.
/// </summary>
[Category(TestCategories.Http)]
public sealed class BudgetForcingOverServeTests
{
    private const int Limit = 6;
    private OpenAiCompatibleServer _server = null!;
    private string _url = "";
    private string _data = "";

    [OneTimeSetUp]
    public async Task Serve()
    {
        var data = SharedDatasets.Require();
        _data = data.Path;
        var suite = new SuiteCatalog(data).Create("math500");
        var problems = suite.Load(new ProblemSelection { Limit = Limit });
        var sim = new SimulatedReasoner(new SimulatedReasonerOptions(), new KnownProblems(problems.Select(p => new KnownProblem(suite.Name, p, suite.AnswerForm))),
            ApproximateTokenCounter.Instance);
        _server = new OpenAiCompatibleServer();
        _url = await _server.StartAsync(sim);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [TestCase(40)]
    [TestCase(300)]
    public async Task The_cap_holds_exactly_over_the_completions_endpoint(int cap)
    {
        var samples = await RunAsync($"budget-forcing:max_thinking={cap}", "openai:endpoint=completions");
        Assert.That(samples, Has.Count.EqualTo(Limit));
        Assert.That(samples.Select(s => s.ReasoningTokens), Is.All.LessThanOrEqualTo(cap));
        Assert.That(samples.Select(s => ApproximateTokenCounter.Instance.CountTokens(s.Reasoning!) == s.ReasoningTokens), Is.All.True);
        var capped = samples.Where(s => s.Notes!["capped"] == "true").ToList();
        Assert.That(capped, Is.Not.Empty);
        Assert.That(capped.Select(s => s.ReasoningTokens), Is.All.EqualTo(cap));
    }

    [Test]
    public async Task Forced_Waits_appear_exactly_as_often_as_allowed_and_the_samples_equal_the_in_process_run()
    {
        const string spec = "budget-forcing:max_thinking=100000,min_thinking=100000,wait=2";
        var remote = await RunAsync(spec, "openai:endpoint=completions");
        var local = await RunAsync(spec, "sim");

        Assert.That(remote.Select(s => s.Reasoning!.Split("Wait").Length - 1), Is.All.EqualTo(2));
        Assert.That(remote.Select(s => s.Notes!["waits"]), Is.All.EqualTo("2"));
        Assert.That(remote.Select(s => (s.ProblemId, s.Reasoning, s.Response, s.Correct, s.ReasoningTokens)),
            Is.EqualTo(local.Select(s => (s.ProblemId, s.Reasoning, s.Response, s.Correct, s.ReasoningTokens))));
    }

    [Test]
    public async Task Thinking_request_fields_are_recorded_with_the_model()
    {
        var directory = TestRuns.NewDirectory();
        await RunAsync("budget-forcing:max_thinking=64", "openai:endpoint=completions,reasoning_effort=high,enable_thinking=true,thinking_budget=512", directory);
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "manifest.json")))!["manifest"]!["cells"]![0]!["model"]!;
        Assert.That(model["parameters"]!["reasoning_effort"]!.GetValue<string>(), Is.EqualTo("high"));
        Assert.That(model["parameters"]!["enable_thinking"]!.GetValue<string>(), Is.EqualTo("true"));
        Assert.That(model["parameters"]!["thinking_budget"]!.GetValue<string>(), Is.EqualTo("512"));
    }

    private async Task<List<SampleRecord>> RunAsync(string strategy, string model, string? directory = null)
    {
        directory ??= TestRuns.NewDirectory();
        string[] connection = model == "sim" ? [] : ["--base-url", _url, "--model-name", "sim"];
        var (code, output, error) = await InProcessCli.RunAsync(["run", "--model", model, .. connection, "--suite", "math500", "--data", _data,
            "--limit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), "--tokenizer", "approx", "--strategy", strategy, "--out", directory]);
        Assert.That(code, Is.Zero, output + error);
        return ResultFiles.ReadLines<SampleRecord>(Path.Combine(directory, "samples.jsonl")).ToList();
    }
}

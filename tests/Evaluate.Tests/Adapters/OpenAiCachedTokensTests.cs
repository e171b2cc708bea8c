using System.Text.Json.Nodes;
using Evaluate.Core.Metrics;
using Evaluate.Core.Results;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Adapters;

/// <summary>Server-reported cached prompt tokens (usage.prompt_tokens_details.cached_tokens) reach the records and the cost.</summary>
[Category(TestCategories.Http)]
public sealed class OpenAiCachedTokensTests
{
    private static JsonObject Response(int? cached)
    {
        var usage = WireResponses.Usage(100, 50, 20);
        if (cached is int c) usage["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = c };
        return WireResponses.Chat([WireResponses.ChatChoice(0, WireResponses.ChatMessage("The answer is \\boxed{7}."), "stop")], usage);
    }

    [TestCase(60, 60)]
    [TestCase(null, 0)]
    [TestCase(500, 100)]
    public async Task The_adapter_keeps_the_cached_prompt_tokens_the_server_reports(int? reported, int kept)
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(Response(reported)));
        using var model = ClientFactory.Create(server.BaseUrl);
        var usage = (await model.GenerateAsync(ClientFactory.Request(), CancellationToken.None)).Completions.Single().Usage;
        // Never more than the prompt itself: a server cannot have cached more than it read.
        Assert.That(usage.CachedPromptTokens, Is.EqualTo(kept));
    }

    [Test]
    public async Task A_run_prices_cached_prompt_and_reasoning_tokens_at_their_rates()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(Response(60)));
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var prices = Path.Combine(work, "prices.yaml");
        File.WriteAllText(prices, "test-model:\n  input: 3\n  cached_input: 1\n  output: 10\n  reasoning: 20\n");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--model", "openai", "--base-url", server.BaseUrl, "--model-name", "test-model",
            "--suite", "probes", "--limit", "2", "--concurrency", "1", "--prices", prices, "--out", Path.Combine(work, "out"));
        Assert.That(code, Is.Zero, error);

        var run = RunDirectory.Open(Path.Combine(work, "out"));
        var problems = run.Problems().ToList();
        Assert.That(problems.Select(p => p.CachedPromptTokens), Is.All.EqualTo(60));
        Assert.That(File.ReadAllText(Path.Combine(work, "out", "samples.jsonl")), Does.Contain("\"cached_prompt_tokens\":60"));
        // By hand, per problem: 40 uncached × $3 + 60 cached × $1 + 30 answer × $10 + 20 reasoning × $20 = 880 µ$.
        var metrics = run.ReadSummary().Results.Single().Metrics;
        Assert.That(MetricValue.Number(metrics, "cost_usd"), Is.EqualTo(2 * 880e-6).Within(1e-12));
        Assert.That(MetricValue.Number(metrics, "cost_per_problem"), Is.EqualTo(880e-6).Within(1e-12));
    }
}

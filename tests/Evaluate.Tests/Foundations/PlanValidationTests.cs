using Evaluate.Tests.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>Everything that can be validated is validated before the first model call, naming the value.</summary>
public sealed class PlanValidationTests
{
    [TestCase("--k", "0", "k (--k)")]
    [TestCase("--k", "1,0,4", "k (--k)")]
    [TestCase("--k", "two", "k (--k)")]
    [TestCase("--limit", "0", "limit (--limit)")]
    [TestCase("--limit", "-1", "limit (--limit)")]
    [TestCase("--concurrency", "0", "concurrency (--concurrency)")]
    [TestCase("--max-tokens", "-5", "max_tokens (--max-tokens)")]
    [TestCase("--max-tokens-per-problem", "0", "max_tokens_per_problem")]
    [TestCase("--max-calls-per-problem", "0", "max_calls_per_problem")]
    [TestCase("--min-difficulty", "2", "min_difficulty (--min-difficulty)")]
    [TestCase("--max-difficulty", "-0.5", "max_difficulty (--max-difficulty)")]
    [TestCase("--temperature", "NaN", "temperature (--temperature)")]
    [TestCase("--temperature", "-1", "temperature (--temperature)")]
    [TestCase("--temperature", "7", "temperature (--temperature) must be in [0, 2], got 7")]
    [TestCase("--n", "0", "n (--n)")]
    [TestCase("--tokenizer", "o200k_bsae", "did you mean 'o200k_base'")]
    [TestCase("--split", "train", "split (--split)")]
    [TestCase("--strategy", "sample:n=0", "n must be at least 1")]
    [TestCase("--strategy", "mcts:select=greedy", "parameter 'select' must be one of ucb1, puct")]
    [TestCase("--strategy", "sample:temprature=1", "did you mean 'temperature'")]
    [TestCase("--strategy", "sample:temperature=7", "temperature must be in [0, 2], got 7")]
    [TestCase("--strategy", "sample:top_p=0", "top_p must be in (0, 1], got 0")]
    [TestCase("--strategy", "sample:top_p=1.5", "top_p must be in (0, 1], got 1.5")]
    [TestCase("--strategy", "beam:temperature=-0.5", "temperature must be in [0, 2], got -0.5")]
    [TestCase("--strategy", "tot-bfs:temperature=3", "temperature must be in [0, 2], got 3")]
    public async Task An_invalid_value_exits_2_naming_it_before_any_model_call_or_file(string flag, string value, string named)
    {
        // Regression: --k 0 used to run the whole plan and then fail in the summary step (exit 2, no summary).
        var work = TestRuns.NewDirectory();
        string[] limit = flag == "--limit" ? [] : ["--limit", "2"];
        var (code, _, error) = await InProcessCli.RunAsync(["run", "--suite", "game24", .. limit, flag, value, "--out", work]);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain(named));
        Assert.That(Directory.Exists(work), Is.False, "nothing is written");
    }

    [Test]
    public async Task A_plan_file_temperature_outside_0_to_2_exits_2_naming_the_key_and_range()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        var plan = Path.Combine(work, "plan.yaml");
        File.WriteAllText(plan, "models:\n  - sim\nsuites:\n  - game24\nstrategies:\n  - greedy\nlimit: 2\ntemperature: 2.5\n");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--plan", plan, "--out", Path.Combine(work, "out"));
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("temperature").And.Contain("[0, 2]").And.Contain("2.5"));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), error);
    }

    [Test]
    public void Validation_happens_before_the_model_is_ever_called()
    {
        var calls = 0;
        var model = new ScriptedModel((_, _) => { Interlocked.Increment(ref calls); return "Answer: 1"; });
        var registries = Evaluate.Composition.Registries.CreateDefault();
        registries.Models.Register(new("counting", "a model that counts its calls", [], (_, _) => model));
        Assert.That(async () => await InProcessCli.RunAsync(registries, "run", "--model", "counting", "--suite", "probes", "--k", "0", "--out", TestRuns.NewDirectory()),
            Throws.Nothing);
        Assert.That(calls, Is.Zero);
    }
}

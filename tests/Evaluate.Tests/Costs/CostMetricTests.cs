using Evaluate.Core.Components;
using Evaluate.Core.Costs;
using Evaluate.Core.Metrics;
using Evaluate.Core.Running;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Costs;

/// <summary>Cost figures against hand computations: tokens × prices per million, cached and reasoning tokens at their rates.</summary>
public sealed class CostMetricTests
{
    private static readonly TokenPrice Full = new("m", Input: 2.0, CachedInput: 0.5, Output: 8.0, Reasoning: 10.0);

    private static ProblemRecord Problem(string id, int index, long prompt, long cached, long completion, long reasoning, double score, string? error = null) => new()
    {
        Run = "r", Model = "m", Suite = "s", Strategy = "greedy", ProblemId = id, ProblemIndex = index, Samples = error is null ? 1 : 0, Score = score,
        PromptTokens = prompt, CachedPromptTokens = cached, CompletionTokens = completion, ReasoningTokens = reasoning, Error = error,
    };

    private static OrderedDictionary<string, object?> Metrics(TokenPrice? price, params ProblemRecord[] problems) =>
        CellMetrics.Compute(problems, Array.Empty<SampleRecord>(), price: price);

    [Test]
    public void Cost_prices_uncached_cached_output_and_reasoning_tokens_each_at_their_rate()
    {
        // By hand: 600 uncached × $2 + 400 cached × $0.5 + 500 non-reasoning output × $8 + 1500 reasoning × $10 = 20 400 µ$.
        Assert.That(Full.CostUsd(1000, 400, 2000, 1500), Is.EqualTo(0.0204).Within(1e-12));
        // No cached-input or reasoning rate: cached tokens at the input rate, reasoning at the output rate.
        var plain = Full with { CachedInput = null, Reasoning = null };
        Assert.That(plain.CostUsd(1000, 400, 2000, 1500), Is.EqualTo((1000 * 2.0 + 2000 * 8.0) / 1e6).Within(1e-12));
    }

    [Test]
    public void Cell_cost_sums_every_problem_and_divides_by_problems_and_by_correct_answers()
    {
        var metrics = Metrics(Full,
            Problem("a", 0, prompt: 1000, cached: 400, completion: 2000, reasoning: 1500, score: 1),   // 0.0204
            Problem("b", 1, prompt: 500, cached: 0, completion: 300, reasoning: 0, score: 0),          // (500×2 + 300×8)/1e6 = 0.0034
            Problem("c", 2, prompt: 100, cached: 0, completion: 0, reasoning: 0, score: 0, error: "ModelCallException: down")); // 0.0002, spent though errored
        const double total = 0.0204 + 0.0034 + 0.0002;
        Assert.That(MetricValue.Number(metrics, "cost_usd"), Is.EqualTo(total).Within(1e-12));
        Assert.That(MetricValue.Number(metrics, "cost_per_problem"), Is.EqualTo(total / 3).Within(1e-12));
        // One correct answer among the answered problems: all the money for it.
        Assert.That(MetricValue.Number(metrics, "cost_per_correct"), Is.EqualTo(total / 1).Within(1e-12));
    }

    [Test]
    public void Plain_sampling_divides_by_the_expected_number_solved()
    {
        // Scores of plain sampling are shares of correct samples: 0.25 + 0.5 = 0.75 problems solved in expectation.
        var metrics = Metrics(Full with { CachedInput = null, Reasoning = null },
            Problem("a", 0, 1000, 0, 1000, 0, score: 0.25), Problem("b", 1, 1000, 0, 1000, 0, score: 0.5));
        Assert.That(MetricValue.Number(metrics, "cost_per_correct"), Is.EqualTo(2 * 0.010 / 0.75).Within(1e-12));
    }

    [Test]
    public void Without_a_price_cost_metrics_are_absent_and_without_a_correct_answer_cost_per_correct_is_null()
    {
        var unpriced = Metrics(null, Problem("a", 0, 1000, 0, 1000, 0, score: 1));
        Assert.That(unpriced.Keys.Where(k => k.StartsWith("cost", StringComparison.Ordinal)), Is.Empty, "absent, not 0");
        var allWrong = Metrics(Full, Problem("a", 0, 1000, 0, 1000, 0, score: 0));
        Assert.That(allWrong.ContainsKey("cost_per_correct") && allWrong["cost_per_correct"] is null, Is.True);
        Assert.That(MetricValue.Number(allWrong, "cost_usd"), Is.EqualTo(0.010).Within(1e-12));
    }

    [Test]
    public void A_model_matches_its_whole_spec_before_its_served_name_before_its_adapter_name()
    {
        var path = Write("""
            openai:endpoint=chat,model=gpt-x:
              input: 3
              output: 4
            gpt-x:
              input: 1
              output: 2
            openai:
              input: 5
              output: 6
            """);
        var table = PriceTableFile.Load(path);
        var model = ComponentDescriptor.Of("openai", "gpt-x", ("model", "gpt-x"), ("endpoint", "chat"));
        Assert.That(table.Find(model)!.Key, Is.EqualTo("openai:endpoint=chat,model=gpt-x"));
        var other = ComponentDescriptor.Of("openai", "gpt-x", ("model", "gpt-x"), ("endpoint", "completions"));
        Assert.That(table.Find(other)!.Key, Is.EqualTo("gpt-x"));
        var unknown = ComponentDescriptor.Of("openai", "y", ("model", "y"), ("endpoint", "chat"));
        Assert.That(table.Find(unknown)!.Key, Is.EqualTo("openai"));
        Assert.That(table.Find(ComponentDescriptor.Of("sim", "sim")), Is.Null, "no price is guessed");
    }

    [TestCase("m:\n  input: 1\n  outptu: 2\n", 3, "m.outptu", "did you mean 'output'")]
    [TestCase("m:\n  input: -1\n  output: 2\n", 2, "m.input", "0 or more")]
    [TestCase("m:\n  input: 1\n", 1, "m.output", "is missing")]
    [TestCase("m: 3\n", 1, "m", "must be a mapping")]
    public void A_bad_price_table_names_file_line_and_field(string text, int line, string field, string message)
    {
        var path = Write(text);
        var error = Assert.Throws<Evaluate.Core.Problems.DatasetFormatException>(() => PriceTableFile.Load(path))!;
        Assert.That((error.File, error.Line, error.Field), Is.EqualTo((path, line, field)));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void The_shipped_example_table_reads_and_says_it_is_an_example()
    {
        var path = Path.Combine(SharedDatasets.RepositoryRoot, "evals", "prices.example.yaml");
        Assert.That(PriceTableFile.Load(path).Prices.Keys, Does.Contain("sim"));
        Assert.That(File.ReadAllText(path), Does.Contain("EXAMPLE").And.Contain("NOT any provider's prices"));
    }

    private static string Write(string text)
    {
        var path = Path.Combine(TestRuns.NewDirectory(), "prices.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

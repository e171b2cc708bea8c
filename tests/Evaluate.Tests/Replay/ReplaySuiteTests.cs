using Evaluate.Tests.Support;

namespace Evaluate.Tests.Replay;

public sealed class ReplaySuiteTests
{
    [Test]
    public async Task Game24_records_are_found_by_puzzle_and_graded_by_the_exact_checker()
    {
        var file =
            ReplayRuns.Line(new { id = "4 5 6 10", responses = new[] { "Answer: (5 * (10 - 6)) + 4 = 24", "Answer: 4 * 6 = 24", "Answer: 4 + 5 + 6 + 10 = 24" } }) +
            ReplayRuns.Line(new { id = "1 1 4 6", responses = new[] { "Answer: 4 * 6 * 1 * 1 = 24" } });
        var (code, error, work) = await ReplayRuns.RunAsync(file, "--suite", "game24");
        Assert.That(code, Is.EqualTo(0), error);
        var samples = ReplayRuns.Samples(work);
        Assert.That(samples.Select(s => s.GetProperty("problem_id").GetString()), Is.EqualTo(new[] { "4 5 6 10", "4 5 6 10", "4 5 6 10", "1 1 4 6" }));
        // Only a valid expression over exactly the four numbers counts: "4 * 6" skips numbers, the sum is 25.
        Assert.That(samples.Select(s => s.GetProperty("correct").GetBoolean()), Is.EqualTo(new[] { true, false, false, true }));
        var m = ReplayRuns.Metrics(work);
        Assert.That(m.GetProperty("pass@1").GetDouble(), Is.EqualTo((1.0 / 3 + 1) / 2).Within(1e-12));
        Assert.That(m.TryGetProperty("rm@1", out _), Is.False, "no scores, no rm@k");
    }

    [Test]
    public async Task Gsm8k_records_take_problem_and_gold_from_the_dataset_by_line_number()
    {
        var data = SharedDatasets.Require().Path;
        var gold = SharedDatasets.Field("gsm8k/test.jsonl", "answer")[3].Split("####")[1].Trim();
        var file = ReplayRuns.Line(new { id = "3", responses = new[] { $"So it is\n#### {gold}", "#### -1" } });
        var (code, error, work) = await ReplayRuns.RunAsync(file, "--suite", "gsm8k", "--data", data);
        Assert.That(code, Is.EqualTo(0), error);
        var samples = ReplayRuns.Samples(work);
        Assert.That(samples.Select(s => s.GetProperty("gold").GetString()).Distinct(), Is.EqualTo(new[] { gold }));
        Assert.That(samples.Select(s => s.GetProperty("correct").GetBoolean()), Is.EqualTo(new[] { true, false }));
    }

    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\", \"b\"], \"scores\": [1]}\n", "replay.jsonl:1: field 'scores'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"]}\n\n{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"]}\n", "replay.jsonl:3: field 'id'")]
    [TestCase("{\"id\": \"nope\", \"responses\": [\"a\"]}\n", "replay.jsonl:1: field 'id': no problem 'nope' in suite 'math500'")]
    [TestCase("{\"id\": \"x\", \"responses\": \"a\"}\n", "replay.jsonl:1: field 'responses'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"tokens\": [-1]}\n", "replay.jsonl:1: field 'tokens'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"calls\": -1}\n", "replay.jsonl:1: field 'calls'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"prompt_tokens\": \"9\"}\n", "replay.jsonl:1: field 'prompt_tokens'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"token_source\": \"guessed\"}\n", "replay.jsonl:1: field 'token_source'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"token_source\": \"1\"}\n", "replay.jsonl:1: field 'token_source'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\", \"b\"], \"reasoning\": [\"r\"]}\n", "replay.jsonl:1: field 'reasoning'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"reasoning_tokens\": [1.5]}\n", "replay.jsonl:1: field 'reasoning_tokens'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"finish_reasons\": [3]}\n", "replay.jsonl:1: field 'finish_reasons'")]
    [TestCase("{\"id\": \"x\", \"problem\": \"1+1\", \"gold\": \"2\", \"responses\": [\"a\"], \"simulated\": \"yes\"}\n", "replay.jsonl:1: field 'simulated'")]
    public async Task Bad_records_exit_2_naming_file_line_and_field(string content, string message)
    {
        var (code, error, _) = await ReplayRuns.RunAsync(content, "--suite", "math500");
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain(message));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test, Category(TestCategories.Process)]
    public async Task The_replay_model_works_in_run_with_the_sample_strategy()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "r.jsonl"),
            ReplayRuns.Line(new { id = "a", problem = "What is 2+2?", gold = "4", responses = new[] { "\\boxed{4}", "\\boxed{5}", "\\boxed{4}" } }));
        var (code, output, error) = await CliProcess.RunAsync(work, "run", "--model", "replay:r.jsonl", "--suite", "math500", "--strategy", "sample:n=2", "--out", "out");
        Assert.That(code, Is.EqualTo(0), error + output);
        var lines = File.ReadAllLines(Path.Combine(work, "out", "samples.jsonl"));
        Assert.That(lines, Has.Length.EqualTo(2), "the first n recorded responses");
    }

    [Test, Category(TestCategories.Process)]
    public async Task The_example_custom_suite_replays_end_to_end()
    {
        var examples = Path.Combine(SharedDatasets.RepositoryRoot, "suites", "examples");
        var work = TestRuns.NewDirectory();
        var (code, output, error) = await CliProcess.RunAsync(work, "replay", "--suite", Path.Combine(examples, "arithmetic-words.yaml"),
            "--input", Path.Combine(examples, "arithmetic-words.replay.jsonl"), "--out", "out");
        Assert.That(code, Is.EqualTo(0), error + output);
        var samples = File.ReadAllLines(Path.Combine(work, "out", "samples.jsonl"));
        Assert.That(samples, Has.Length.GreaterThan(0));
        Assert.That(samples.Count(s => s.Contains("\"correct\":true")), Is.GreaterThan(0).And.LessThan(samples.Length));
    }
}

using System.Text.Json;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

[Category(TestCategories.Process)]
public sealed class GradeVerbTests
{
    [TestCase("math", "\\frac{1}{2}", "The answer is $\\boxed{0.5}$.", true)]
    [TestCase("math", "\\frac{1}{2}", "The answer is $\\boxed{\\frac{1}{3}}$.", false)]
    [TestCase("omni-math", "(2, 3)", "so \\boxed{(2,3)}", true)]
    [TestCase("gsm8k", "1,234", "They pay $1234 in total.\n#### 1,234", true)]
    [TestCase("game24", "4 4 6 8", "Answer: (6 - 4) * (4 + 8) = 24", true)]
    [TestCase("game24", "4 4 6 8", "Answer: 4 * 6 = 24", false)]
    [TestCase("game24", "not a puzzle", "Answer: 4 * 6 = 24", false)]
    public async Task Grades_a_pair_per_line(string suite, string gold, string response, bool correct)
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "pairs.jsonl"), JsonSerializer.Serialize(new { id = "x1", gold, response }) + "\n");
        var (code, output, error) = await CliProcess.RunAsync(work, "grade", "--suite", suite, "--input", "pairs.jsonl", "--output", "verdicts.jsonl");
        Assert.That(code, Is.EqualTo(0), error);
        using var verdict = JsonDocument.Parse(File.ReadAllLines(Path.Combine(work, "verdicts.jsonl")).Single());
        Assert.That(verdict.RootElement.GetProperty("correct").GetBoolean(), Is.EqualTo(correct));
        Assert.That(verdict.RootElement.GetProperty("id").GetString(), Is.EqualTo("x1"));
        Assert.That(verdict.RootElement.TryGetProperty("reason", out _), Is.True);
        Assert.That(output, Does.Contain($"{(correct ? 1 : 0)} correct"));
    }

    [TestCase("auto", 0, "1 correct")]
    [TestCase("never", 0, "0 correct")]
    [TestCase("sometimes", 2, "")]
    public async Task The_decimal_comma_option_reaches_the_grader(string value, int exitCode, string summary)
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "pairs.jsonl"), JsonSerializer.Serialize(new { gold = "1.22", response = "The answer is $1,22$." }) + "\n");
        var (code, output, error) = await CliProcess.RunAsync(work, "grade", "--suite", "math", "--input", "pairs.jsonl", "--output", "v.jsonl", "--decimal-comma", value);
        Assert.That(code, Is.EqualTo(exitCode), error);
        if (exitCode == 0) Assert.That(output, Does.Contain(summary));
        else Assert.That(error, Does.Contain("sometimes"));
        var gsm8k = await CliProcess.RunAsync(work, "grade", "--suite", "gsm8k", "--input", "pairs.jsonl", "--output", "g.jsonl", "--decimal-comma", "never");
        Assert.That(gsm8k.ExitCode, Is.EqualTo(2), "gsm8k has no decimal_comma parameter");
        Assert.That(gsm8k.Error, Does.Contain("decimal_comma"));
    }

    [Test]
    public async Task Grades_a_file_of_100000_lines()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        using (var writer = new StreamWriter(Path.Combine(work, "pairs.jsonl")))
            for (var i = 0; i < 100_000; i++)
                writer.WriteLine(JsonSerializer.Serialize(new { id = $"p{i}", gold = $"{i}", response = i % 4 == 0 ? $"\\boxed{{{i + 1}}}" : $"so \\boxed{{{i}}}" }));
        var (code, output, error) = await CliProcess.RunAsync(work, "grade", "--suite", "math", "--input", "pairs.jsonl", "--output", "verdicts.jsonl");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("graded 100000: 75000 correct, 25000 wrong"));
        Assert.That(File.ReadLines(Path.Combine(work, "verdicts.jsonl")).Count(), Is.EqualTo(100_000));
    }

    [Test]
    public async Task A_bad_line_exits_2_naming_the_line_and_leaves_no_partial_verdicts()
    {
        var work = TestRuns.NewDirectory();
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "pairs.jsonl"), "{\"gold\": \"1\", \"response\": \"\\\\boxed{1}\"}\n{\"response\": \"2\"}\n");
        var (code, _, error) = await CliProcess.RunAsync(work, "grade", "--suite", "math", "--input", "pairs.jsonl", "--output", "verdicts.jsonl");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain(":2").And.Contain("gold"));
        Assert.That(Directory.EnumerateFiles(work).Select(Path.GetFileName), Is.EqualTo(new[] { "pairs.jsonl" }), "no verdicts.jsonl (nor .tmp) for a refused input");
    }
}

using System.Text;
using System.Text.Json;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Core.Components;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Grading;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

public sealed class PairsGraderTests
{
    private static readonly ComponentRegistry<PairsGrader> Graders = GraderRegistrations.Create();

    private string _dir = "";

    [SetUp]
    public void CreateTempDir()
    {
        _dir = Path.Combine(Path.GetTempPath(), "evaluate-grading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void DeleteTempDir()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Line i: category i % 4 is correct, wrong, unparseable or no-answer (so expected counts follow from the generator).</summary>
    private static string GeneratedLine(int i)
    {
        int n = i % 97 + 2;
        var (gold, response) = (i % 4) switch
        {
            0 => ($"\\frac{{{n}}}{{2}}", $"We compute carefully. The final answer is $\\boxed{{{n / 2.0:0.0}}}$."),
            1 => ($"\\frac{{{n}}}{{2}}", $"<think>maybe {n}</think>So \\boxed{{{n + 1}}}."),
            2 => ($"{n}", "The result is \\boxed{\\frac{1}{}}."),
            _ => ($"{n}", "<think>still thinking about it"),
        };
        return JsonSerializer.Serialize(new { id = i, gold, response });
    }

    // Alone: GC.GetTotalMemory is process-wide, and fixtures allocating in parallel pushed the delta over the limit
    // (seen failing on the unchanged code too when the whole suite ran on two busy cores).
    [Test, NonParallelizable]
    public void GradesAHundredThousandLinesStreaming()
    {
        const int lines = 100_000;
        var input = Path.Combine(_dir, "pairs.jsonl");
        using (var w = new StreamWriter(input))
            for (int i = 0; i < lines; i++) w.WriteLine(GeneratedLine(i));
        var output = Path.Combine(_dir, "graded.jsonl");

        long before = GC.GetTotalMemory(forceFullCollection: true);
        var counts = Graders.Create("math", new ComponentContext()).Grade(input, output);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        TestContext.Out.WriteLine($"{lines} lines; retained memory delta {(after - before) / 1024} KiB");

        int expected(int category) => Enumerable.Range(0, lines).Count(i => i % 4 == category);
        Assert.That(counts, Is.EqualTo(new GradingCounts(expected(0), expected(1), expected(2), expected(3), 0)));
        Assert.That(after - before, Is.LessThan(16 * 1024 * 1024), "memory must not grow with the file");

        int lineNo = 0;
        foreach (var line in File.ReadLines(output))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.That(root.GetProperty("id").GetInt32(), Is.EqualTo(lineNo));
            Assert.That(root.GetProperty("correct").GetBoolean(), Is.EqualTo(lineNo % 4 == 0));
            if (lineNo % 4 == 0) Assert.That(root.GetProperty("reason").GetString(), Is.EqualTo(GradingReasons.NumericEqual));
            lineNo++;
        }
        Assert.That(lineNo, Is.EqualTo(lines));
    }

    private string WriteInput(params string[] lines)
    {
        var path = Path.Combine(_dir, "in.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [TestCase("{\"gold\":\"1\",\"response\":\"1\"", "(line)")]
    [TestCase("[1,2]", "(line)")]
    [TestCase("{\"response\":\"1\"}", "gold")]
    [TestCase("{\"gold\":true,\"response\":\"1\"}", "gold")]
    [TestCase("{\"gold\":\"1\"}", "response")]
    [TestCase("{\"gold\":\"1\",\"response\":5}", "response")]
    [TestCase("{\"gold\":\"1\",\"response\":\"1\",\"id\":{}}", "id")]
    public void MalformedLineNamesFileLineAndFieldAndLeavesNoPartialOutput(string badLine, string field)
    {
        var input = WriteInput("{\"gold\":\"1\",\"response\":\"\\\\boxed{1}\"}", "", "{\"id\":\"b\",\"gold\":\"2\",\"response\":\"3\"}", badLine, "{\"gold\":\"1\",\"response\":\"1\"}");
        var output = Path.Combine(_dir, "out.jsonl");
        var ex = Assert.Throws<DatasetFormatException>(() => Graders.Create("math", new ComponentContext()).Grade(input, output));
        Assert.That(ex!.File, Is.EqualTo(input));
        Assert.That(ex.Line, Is.EqualTo(4));
        Assert.That(ex.Field, Is.EqualTo(field));
        Assert.That(ex.Message, Does.Contain(":4:"));
        // Written under a temporary name and moved into place only when complete: a refused file leaves no half output.
        Assert.That(File.Exists(output) || File.Exists(output + ".tmp"), Is.False);
    }

    [Test]
    public void SkipBadLinesCountsThem()
    {
        var input = WriteInput("{\"gold\":\"1\",\"response\":\"1\"}", "not json", "{\"gold\":\"1\",\"response\":null}");
        var output = Path.Combine(_dir, "out.jsonl");
        var counts = new PairsGrader(new MathAnswerChecker()) { SkipBadLines = true }.Grade(input, output);
        Assert.That(counts, Is.EqualTo(new GradingCounts(1, 0, 0, 1, 1)));
    }

    [Test]
    public void NumericGoldIsAccepted()
    {
        var input = WriteInput("{\"id\":7,\"gold\":18,\"response\":\"so #### 18\"}", "{\"gold\":\"5\",\"response\":\"\\u0000 5 \\u0007\"}");
        var output = Path.Combine(_dir, "out.jsonl");
        var counts = Graders.Create("gsm8k", new ComponentContext()).Grade(input, output);
        Assert.That(counts, Is.EqualTo(new GradingCounts(2, 0, 0, 0, 0)));
        Assert.That(File.ReadAllLines(output)[0], Does.Contain("\"id\":7"));
    }

    [Test]
    public void LoneSurrogateEscapeIsABadFieldNotACrash()
    {
        var input = WriteInput("{\"gold\":\"5\",\"response\":\"5\"}", "{\"gold\":\"5\",\"response\":\"\\ud800 5\"}");
        var output = Path.Combine(_dir, "out.jsonl");
        var ex = Assert.Throws<DatasetFormatException>(() => Graders.Create("math", new ComponentContext()).Grade(input, output));
        Assert.That((ex!.Line, ex.Field), Is.EqualTo((2, "response")));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void AnyCheckerCanBePluggedIn()
    {
        var input = WriteInput("{\"gold\":\"x\",\"response\":\"anything\"}", "{\"gold\":\"y\",\"response\":\"anything\"}");
        var output = Path.Combine(_dir, "out.jsonl");
        var counts = new PairsGrader(new GoldIsXChecker(), gold => new Problem(gold, "", gold, ProblemMeta.None)).Grade(input, output);
        Assert.That(counts, Is.EqualTo(new GradingCounts(1, 1, 0, 0, 0)));
    }

    [Test]
    public void UnknownSuiteIsRejectedWithTheKnownNames()
    {
        var ex = Assert.Throws<Evaluate.Core.UsageException>(() => Graders.Create("gsm8", new ComponentContext()));
        Assert.That(ex!.Message, Does.Contain("did you mean 'gsm8k'"));
    }

    private sealed class GoldIsXChecker : IAnswerChecker
    {
        public string? Extract(string response) => response;
        public Verdict Grade(Problem problem, string? extracted) => new(problem.Id == "x", problem.Id == "x" ? "equal" : "not-equal");
        public bool Equivalent(Problem problem, string a, string b) => a == b;
    }
}

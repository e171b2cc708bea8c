using System.Text.Json;
using Evaluate.Core;
using Evaluate.Reports.Calibration;
using Evaluate.Reports.Fidelity;
using Evaluate.Suites.Grading;

namespace Evaluate.Tests.Reports;

/// <summary>
/// The measurement behind `Evaluate.Benchmarks fidelity` (tools/fidelity): a small table of our own, read from JSONL,
/// graded with the strict MATH checker; agreement, its interval, the causes and the printed disagreements are checked
/// against counts worked out by hand.
/// </summary>
public sealed class FidelityMeasurementTests
{
    // gold, response, expected by "the other grader", documented rule (null = counted)
    private static readonly (string Gold, string Response, bool Expected, string? Documented)[] Table =
    [
        (@"\frac{1}{2}", @"So the answer is $\boxed{0.5}$.", true, null),       // agree: numeric-equal
        ("7", @"The total is \boxed{8}.", false, null),                         // agree: not-equal
        ("12", "I could not finish the computation", true, null),               // we find no answer: missed
        ("3", @"\boxed{3}", false, null),                                       // we accept what they reject
        ("x^2", @"\boxed{x \cdot x}", true, "rule X"),                          // documented, agrees
        ("5", "Line one\n\\boxed{6}", true, "rule X"),                          // documented, disagrees
    ];

    [Test]
    public void Agreement_raw_and_without_documented_differences_with_exact_intervals()
    {
        var measurement = Measure();

        Assert.That(measurement.Raw.Successes, Is.EqualTo(3));
        Assert.That(measurement.Raw.Trials, Is.EqualTo(6));
        Assert.That(measurement.Raw.Low, Is.EqualTo(BinomialInterval.ClopperPearson(3, 6).Low));
        Assert.That(measurement.Adjusted!.Successes, Is.EqualTo(2));
        Assert.That(measurement.Adjusted.Trials, Is.EqualTo(4));
        Assert.That(measurement.Adjusted.High, Is.EqualTo(BinomialInterval.ClopperPearson(2, 4).High));
    }

    [Test]
    public void Each_disagreement_gets_the_cause_of_our_side()
    {
        var causes = Measure().Disagreements.Select(o => (o.Case.Gold, o.Cause, o.Extracted)).ToList();

        Assert.That(causes, Is.EqualTo(new[]
        {
            ("12", "missed: no-answer", (string?)null),
            ("3", "accepted: equal", "3"),
            ("5", "missed: not-equal", "6"),
        }));
    }

    [Test]
    public void The_report_prints_figures_and_every_disagreement_grouped_by_cause()
    {
        var output = new StringWriter();
        FidelityReport.Write(Measure(), output);
        var text = output.ToString();

        Assert.That(text, Does.Contain("agreement (raw): 3/6 = 50.0%"));
        Assert.That(text, Does.Contain("agreement without 2 documented differences: 2/4 = 50.0%"));
        Assert.That(text, Does.Contain("disagreements: 3"));
        Assert.That(text, Does.Contain("[missed: no-answer] 1"));
        Assert.That(text, Does.Contain("[accepted: equal] 1"));
        Assert.That(text, Does.Contain("[documented: rule X] 1"));
        Assert.That(text, Does.Contain("extracted: (none)"));
        Assert.That(text, Does.Contain("ours:      incorrect (no-answer); theirs: correct"));
        Assert.That(text, Does.Contain("cases.jsonl:3"), "a case without a source is named by its file and line");
    }

    [Test]
    public void Model_output_in_the_report_is_one_escaped_line()
    {
        Assert.That(FidelityReport.Shorten("a\nb\u0007c"), Is.EqualTo(@"a\nb\u0007c"));
        var shortened = FidelityReport.Shorten(new string('x', 1000));
        Assert.That(shortened.Length, Is.LessThan(200));
        Assert.That(shortened, Does.Contain(" … "));
    }

    [Test]
    public void Expected_may_be_written_as_one_or_zero()
    {
        var path = Write("""{"gold": "1", "response": "\\boxed{1}", "expected": 1}""", """{"gold": "1", "response": "\\boxed{2}", "expected": 0}""");
        var cases = FidelityCaseFile.Read(path);
        Assert.That(cases.Select(c => c.Expected), Is.EqualTo(new[] { true, false }));
        Assert.That(cases.Select(c => c.Line), Is.EqualTo(new[] { 1, 2 }));
    }

    [TestCase("""{"gold": "1", "response": "x"}""", "field 'expected'")]
    [TestCase("""{"gold": 1, "response": "x", "expected": true}""", "field 'gold'")]
    [TestCase("""{"gold": "1", "response": "x", "expected": 2}""", "field 'expected'")]
    [TestCase("""[1, 2]""", "not a JSON object")]
    [TestCase("""{"gold": "1", """, "not a JSON object")]
    public void A_bad_line_is_refused_naming_file_line_and_field(string badLine, string field)
    {
        var path = Write("""{"gold": "1", "response": "\\boxed{1}", "expected": true}""", badLine);
        var error = Assert.Throws<UsageException>(() => FidelityCaseFile.Read(path))!;
        Assert.That(error.Message, Does.StartWith("cases.jsonl:2: "));
        Assert.That(error.Message, Does.Contain(field));
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        var error = Assert.Throws<UsageException>(() => FidelityCaseFile.Read(Write("", "  ")))!;
        Assert.That(error.Message, Does.Contain("no cases"));
    }

    private static FidelityMeasurement Measure()
    {
        var lines = Table.Select(row => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["gold"] = row.Gold, ["response"] = row.Response, ["expected"] = row.Expected, ["documented"] = row.Documented,
        })).ToArray();
        return FidelityMeasurement.Measure(FidelityCaseFile.Read(Write(lines)), new MathAnswerChecker(ExtractionMode.Strict));
    }

    private static string Write(params string[] lines)
    {
        var directory = Path.Combine(Path.GetTempPath(), "evaluate-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "cases.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using Evaluate.Suites.Grading;

namespace Evaluate.Tests.Grading;

/// <summary>
/// grade reads common lines with a forward reader and echoes strings through a table escaper; both must give exactly
/// the bytes of the document path and of <see cref="Utf8JsonWriter"/>, for every kind of line.
/// </summary>
public sealed class GradeFastPathTests
{
    [Test]
    public void The_table_escaper_writes_every_ascii_string_as_the_json_writer_does()
    {
        var random = new Random(12);
        var texts = Enumerable.Range(0, 128).Select(c => ((char)c).ToString())
            .Concat(Enumerable.Range(0, 2000).Select(_ => new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 128)).ToArray())))
            .Append("") .Append("\\boxed{\\frac{1}{2}} + <b>&'\"`\u007f");
        var escaped = new ArrayBufferWriter<byte>();
        foreach (var text in texts)
        {
            escaped.ResetWrittenCount();
            Assert.That(AsciiJsonEscaper.TryWriteQuoted(text, escaped), Is.True);
            Assert.That(Encoding.UTF8.GetString(escaped.WrittenSpan), Is.EqualTo(WrittenByWriter(text)), $"'{text}'");
        }
    }

    [TestCase("é")]
    [TestCase("x\u00a0y")]
    [TestCase("\ud83d\ude00")]
    public void Non_ascii_text_is_left_to_the_writer(string text)
    {
        var escaped = new ArrayBufferWriter<byte>();
        Assert.That(AsciiJsonEscaper.TryWriteQuoted(text, escaped), Is.False);
        Assert.That(escaped.WrittenCount, Is.Zero);
    }

    private static readonly string[] Lines =
    [
        """{"id": "a1", "gold": "2", "response": "so \\boxed{2}"}""",
        """{"gold": 5, "response": "\\boxed{5}", "id": 17}""",
        """{"id": null, "gold": "x", "response": null}""",
        """{"id": 1.5e3, "gold": "3", "response": "The answer is 3 + <b> & 'q' `t`"}""",
        """{"meta": {"a": [1, {"b": "c"}], "gold": "ignored"}, "gold": "7", "response": "\\boxed{7}", "extra": [1, 2]}""",
        """{"gold": "1", "gold": "2", "response": "\\boxed{2}"}""",
        """{"gold": "1", "response": "\\boxed{1}", "response": "\\boxed{2}"}""",
        """{"id": "é ✓", "gold": "\u00bd", "response": "\\boxed{\\frac{1}{2}} é"}""",
        """{"id": "\ud83d\ude00", "gold": "4", "response": "\\boxed{4} \ud83d\ude00"}""",
        """{"gold": "4", "response": "\\boxed{4} \ud800 lone"}""",
        """{"gold": "4", "response": "\\underline{4} \\\\u0034"}""",
        """  {"gold":"9","response":"\\boxed{9}"}   """,
        """{"gold": "9", "response": 9}""",
        """{"gold": "9"}""",
        """{"gold": "9", "response": "x"} trailing""",
        """[1, 2]""",
        """{"gold": "9", "response": "x",}""",
        """{"id": {"nested": 1}, "gold": "9", "response": "x"}""",
        """{"id": "tab\there", "gold": "-3", "response": "#### -3\n"}""",
        """{"gold": "\"q\" \\ \/ \b\f\n\r\t \u00e9 \u0041 \u0000", "response": "x \u20ac", "note": true, "n": false, "z": null, "k": -0.5E-3}""",
        "{\"gold\": \"1\",\r\n\t\"response\" :\t\"\\boxed{1}\" }",
        """{"gold": "", "response": ""}""",
        """{"gold": -12.5e+2, "response": "\\boxed{-1250}", "id": -0}""",
        """{"gold": 01, "response": "x"}""",
        """{"gold": 1., "response": "x"}""",
        """{"gold": .5, "response": "x"}""",
        """{"gold": +1, "response": "x"}""",
        """{"gold": -, "response": "x"}""",
        """{"gold": 1e, "response": "x"}""",
        """{"gold": "1", "response": nul}""",
        """{"gold": "1", "response": "x", "f": truex}""",
        """{"gold": "1" "response": "x"}""",
        """{"gold": "1", "response": "a\qb"}""",
        "{\"gold\": \"1\", \"response\": \"raw\u0001control\"}",
        """{"gold": "1", "response": "unterminated}""",
        """{"gol\u0064": "1", "response": "x"}""",
        """{"clé": "v", "gold": "1", "response": "é"}""",
        """{"gold": "1", "response": "x", "id": true}""",
        """{}""",
        """{"gold": "1", "response": "x"}}""",
        """{"gold": "1", "response": "\u12"}""",
    ];

    [Test]
    public void The_fast_path_grades_and_writes_every_kind_of_line_as_the_document_path_does()
    {
        foreach (var line in Lines)
        {
            var (fast, fastError) = Grade(line, documentOnly: false);
            var (document, documentError) = Grade(line, documentOnly: true);
            Assert.That(fast, Is.EqualTo(document), line);
            Assert.That(fastError, Is.EqualTo(documentError), line);
        }
        var (all, _) = Grade(string.Join("\n", Lines.Take(9)), documentOnly: false);
        Assert.That(all.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(9), "the valid lines are all graded");
    }

    [Test]
    public void The_fast_path_takes_the_common_lines_and_leaves_the_rest_to_the_document_path()
    {
        var taken = Lines.Select(l => FastPairReader.TryRead(Encoding.UTF8.GetBytes(l), out _)).ToList();
        Assert.That(taken, Is.EqualTo(new[]
        {
            true, true, true, true, false, false, false, true, false, false, true, true, false, false, false, false, false, false, true,
            true, true, true, true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
        }));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Verdicts_write_plus_ampersand_angle_brackets_and_accents_as_themselves(bool documentOnly)
    {
        var (output, error) = Grade("""{"id": "a+b", "gold": "3", "response": "x + 1 < 2 & 'q' \u00e9 → \\boxed{3}"}""", documentOnly);
        Assert.That(error, Is.Null);
        Assert.That(output, Does.Contain("""{"id":"a+b","gold":"3","response":"x + 1 < 2 & 'q' é → \\boxed{3}","extracted":"3","correct":true"""));
        Assert.That(output, Does.Not.Contain("\\u00"));
    }

    private static (string Output, string? Error) Grade(string content, bool documentOnly)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(content + "\n"));
        using var output = new MemoryStream();
        string? error = null;
        try { new PairsGrader(new MathAnswerChecker()) { DocumentPathOnly = documentOnly }.Grade(input, output, "pairs.jsonl"); }
        catch (Evaluate.Core.Problems.DatasetFormatException e) { error = e.Message; }
        return (Encoding.UTF8.GetString(output.ToArray()), error);
    }

    private static string WrittenByWriter(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, VerdictWriter.Options)) writer.WriteStringValue(text);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Gsm8k;

/// <summary>
/// GSM8K test set. Id = 0-based line number; gold = the text after "#### ". GSM8K has no levels, so difficulty is
/// estimated from the number of calculator steps in the reference solution; the whole suite counts as "easy".
/// </summary>
public sealed class Gsm8kSuite(DataDirectory data, ExtractionMode mode = ExtractionMode.Flexible) : JsonlSuite(data, RelativePath)
{
    public const string RelativePath = "gsm8k/test.jsonl";

    public override string Name => "gsm8k";
    public override AnswerForm? AnswerForm => Core.Suites.AnswerForm.AfterHashes;
    public override string Version => "1";
    public override string Description => "GSM8K test (grade-school math, numeric answers)";
    public override IAnswerChecker Checker { get; } = new Gsm8kAnswerChecker(mode);

    protected override Problem ToProblem(JsonRow row)
    {
        var question = row.RequiredString("question");
        var answer = row.RequiredString("answer");
        var marker = answer.LastIndexOf("####", StringComparison.Ordinal);
        if (marker < 0) throw new DatasetFormatException(row.File, row.Line, "answer", "has no '#### ' final answer");
        var steps = CountOccurrences(answer, "<<");
        return new Problem(row.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), question, answer[(marker + 4)..].Trim(),
            new ProblemMeta(null, null, Math.Min(1.0, steps / 8.0), IsEasy: true));
    }

    public override IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) =>
    [
        ChatMessage.User(
            "Solve the following grade-school math problem. Reason step by step, then write the final answer " +
            "as a number on the last line in the form \"#### N\".\n\nQuestion: " + problem.Text),
    ];

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

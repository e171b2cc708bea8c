using System.Globalization;
using System.Text.Json;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Math500;

namespace Evaluate.Suites.OlympiadBench;

/// <summary>
/// OlympiadBench, English text-only open-ended maths (675 problems; He et al. 2024, as Qwen2.5-Math's evaluation file
/// holds it). Id = the upstream <c>id</c>; the gold is <c>final_answer</c> (one LaTeX string in every row; several
/// would be joined with commas, as the judge splits them); subject = <c>subfield</c>; level = <c>answer_type</c>.
/// Grading: <see cref="OlympiadBenchAnswerChecker"/>, which reads each row's <c>is_multiple_answer</c>, <c>unit</c> and
/// <c>error</c> (its numeric precision). Dated by the paper's publication (2024-02): its problems are older.
/// </summary>
public sealed class OlympiadBenchSuite(DataDirectory data) : JsonlSuite(data, RelativePath), IDatedSuite
{
    public const string RelativePath = "olympiadbench/test.jsonl";

    private static readonly string[] AnswerTypes = ["Numerical", "Expression", "Equation", "Interval", "Tuple"];
    private readonly OlympiadBenchAnswerChecker _checker = new();

    public override string Name => "olympiadbench";
    public override string Version => "1";
    public override string Description => "OlympiadBench, English text-only maths (multi-answer, units, intervals, tuples)";
    public override IAnswerChecker Checker => _checker;

    /// <summary>OlympiadBench was published in February 2024 (arXiv 2402.14008): a publication date, not a competition's.</summary>
    public SuiteDate Date => SuiteDate.Publication(2024, 2);

    protected override Problem ToProblem(JsonRow row)
    {
        var id = row.RequiredString("id");
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new DatasetFormatException(row.File, row.Line, "id", $"expected a whole number, got '{id}'");
        var gold = FinalAnswer(row);
        var answerType = row.RequiredString("answer_type");
        var baseType = answerType.Split(',')[0].Trim();
        if (!AnswerTypes.Contains(baseType))
            throw new DatasetFormatException(row.File, row.Line, "answer_type", $"expected one of {string.Join(", ", AnswerTypes)}, got '{answerType}'");
        var multiple = row.Optional("is_multiple_answer") is { } m
            ? m.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new DatasetFormatException(row.File, row.Line, "is_multiple_answer", $"expected true or false, got {m.GetRawText()}"),
            }
            : false;
        var precision = OlympiadAnswerFacts.DefaultPrecision;
        if (row.OptionalString("error") is { Length: > 0 } error)
        {
            if (!double.TryParse(error, NumberStyles.Float, CultureInfo.InvariantCulture, out precision) || !(precision > 0) || !double.IsFinite(precision))
                throw new DatasetFormatException(row.File, row.Line, "error", $"expected a positive tolerance, got '{error}'");
        }
        _checker.Record(id, new OlympiadAnswerFacts(baseType, multiple, row.OptionalString("unit"), precision));
        return new Problem(id, Statement(row), gold, new ProblemMeta(baseType, row.OptionalString("subfield"), 0.8));
    }

    public override IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);

    /// <summary>The question, after its shared context when a row has one (problems of one setting share it).</summary>
    private static string Statement(JsonRow row)
    {
        var question = row.RequiredString("question");
        return row.OptionalString("context") is { Length: > 0 } context ? context + "\n\n" + question : question;
    }

    private static string FinalAnswer(JsonRow row)
    {
        if (row.Optional("final_answer") is not { ValueKind: JsonValueKind.Array } list || list.GetArrayLength() == 0)
            throw new DatasetFormatException(row.File, row.Line, "final_answer", "expected a non-empty list of answers");
        var answers = new List<string>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                throw new DatasetFormatException(row.File, row.Line, "final_answer", $"expected strings, got {item.GetRawText()}");
            answers.Add(item.GetString()!);
        }
        return string.Join(",", answers);
    }
}

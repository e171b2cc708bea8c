using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Math500;

/// <summary>MATH-500 (the PRM800K split of MATH). Id = unique_id; level "1".."5"; subject as given; level 1 is "easy".</summary>
public sealed class Math500Suite(DataDirectory data, ExtractionMode mode = ExtractionMode.Strict,
    DecimalComma decimalComma = DecimalComma.Auto) : JsonlSuite(data, RelativePath)
{
    public const string RelativePath = "math500/test.jsonl";

    public override string Name => "math500";
    public override string Version => "1";
    public override string Description => "MATH-500 (competition math, LaTeX answers)";
    public override IAnswerChecker Checker { get; } = new MathAnswerChecker(mode, decimalComma: decimalComma);

    protected override Problem ToProblem(JsonRow row)
    {
        var levelText = row.RequiredString("level");
        if (!int.TryParse(levelText, out var level) || level is < 1 or > 5)
            throw new DatasetFormatException(row.File, row.Line, "level", $"expected 1-5, got '{levelText}'");
        return new Problem(
            row.RequiredString("unique_id"),
            row.RequiredString("problem"),
            row.RequiredString("answer"),
            new ProblemMeta(levelText, row.RequiredString("subject"), 0.1 + 0.2 * (level - 1), IsEasy: level == 1));
    }

    public override IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);
}

using System.Globalization;
using Evaluate.Core.Analysis;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Math500;

namespace Evaluate.Suites.Minerva;

/// <summary>
/// Minerva Math: 272 MIT OpenCourseWare problems (Lewkowycz et al. 2022, as Qwen2.5-Math's evaluation file holds them).
/// Id = the upstream <c>idx</c>; the gold is the last <c>\boxed{}</c> of <c>solution</c> (brace-balanced); subject =
/// the course (<c>type</c>). Grading: <see cref="MinervaAnswerChecker"/> (units stripped, numbers within 1e-4 relative).
/// Dated by the paper's publication (2022-06): its problems are older.
/// </summary>
public sealed class MinervaSuite(DataDirectory data) : JsonlSuite(data, RelativePath), IDatedSuite
{
    public const string RelativePath = "minerva_math/test.jsonl";

    public override string Name => "minerva-math";
    public override string Version => "1";
    public override string Description => "Minerva Math (MIT OCW science and engineering problems; units, numeric tolerance)";
    public override IAnswerChecker Checker { get; } = new MinervaAnswerChecker();

    /// <summary>Minerva was published in June 2022 (arXiv 2206.14858): a publication date, not a competition's.</summary>
    public SuiteDate Date => SuiteDate.Publication(2022, 6);

    protected override Problem ToProblem(JsonRow row)
    {
        var idx = row.RequiredString("idx");
        if (!int.TryParse(idx, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new DatasetFormatException(row.File, row.Line, "idx", $"expected a whole number, got '{idx}'");
        var gold = BoxedExpressions.Last(row.RequiredString("solution"))
                   ?? throw new DatasetFormatException(row.File, row.Line, "solution", "has no \\boxed{} answer");
        return new Problem(idx, row.RequiredString("problem"), gold, new ProblemMeta(null, row.OptionalString("type"), 0.7));
    }

    public override IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);
}

using System.Globalization;
using System.Text.Json;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Math500;

namespace Evaluate.Suites.OmniMath;

/// <summary>
/// Omni-MATH, rule-gradable subset. Id = 0-based line number; difficulty 1-10 normalised to [0, 1]; level = the
/// whole part of the difficulty; subject = the first domain's top category; difficulty below 3 counts as "easy".
/// </summary>
public sealed class OmniMathSuite(DataDirectory data, ExtractionMode mode = ExtractionMode.Strict,
    DecimalComma decimalComma = DecimalComma.Auto) : JsonlSuite(data, RelativePath)
{
    public const string RelativePath = "omni-math-rule/test.jsonl";

    public override string Name => "omni-math";
    public override string Version => "1";
    public override string Description => "Omni-MATH, rule-gradable subset (olympiad math, LaTeX answers)";
    public override IAnswerChecker Checker { get; } = new MathAnswerChecker(mode, decimalComma: decimalComma);

    protected override Problem ToProblem(JsonRow row)
    {
        var difficulty = row.RequiredNumber("difficulty");
        if (difficulty is < 0 or > 10) throw new DatasetFormatException(row.File, row.Line, "difficulty", $"expected 1-10, got {difficulty}");
        return new Problem(
            row.Index.ToString(CultureInfo.InvariantCulture),
            row.RequiredString("problem"),
            row.RequiredString("answer"),
            new ProblemMeta(
                ((int)Math.Floor(difficulty)).ToString(CultureInfo.InvariantCulture),
                TopDomain(row),
                Math.Clamp((difficulty - 1) / 9, 0, 1),
                IsEasy: difficulty < 3));
    }

    public override IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);

    private static string? TopDomain(JsonRow row)
    {
        if (row.Optional("domain") is not { ValueKind: JsonValueKind.Array } domains || domains.GetArrayLength() == 0) return null;
        var first = domains[0].ValueKind == JsonValueKind.String ? domains[0].GetString() : null;
        if (first is null) return null;
        var parts = first.Split("->", StringSplitOptions.TrimEntries);
        return parts.Length > 1 ? parts[1] : parts[0];
    }
}

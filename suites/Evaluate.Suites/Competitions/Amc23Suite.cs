using System.Globalization;
using System.Text.RegularExpressions;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Math500;

namespace Evaluate.Suites.Competitions;

/// <summary>
/// AMC 12 2023 (40 problems; Qwen2.5-Math's evaluation file, the multiple-choice problems restated to ask for the
/// value). Id = the upstream <c>id</c>; the gold is a number as written there (<c>27.0</c>), compared by value with
/// the MATH checker (<c>27</c> is correct). Difficulty follows the problem number in the url (1 easiest, 25 hardest).
/// </summary>
public sealed partial class Amc23Suite(DataDirectory data) : JsonlSuite(data, RelativePath), IDatedSuite
{
    public const string RelativePath = "amc23/test.jsonl";

    public override string Name => "amc23";
    public override string Version => "1";
    public override string Description => "AMC 12 2023 (numeric answers)";
    public override IAnswerChecker Checker { get; } = new MathAnswerChecker(ExtractionMode.Strict);

    /// <summary>The AMC 12A and 12B 2023 were held in November 2023 (the day is recorded upstream by neither).</summary>
    public SuiteDate Date => SuiteDate.Competition(2023, 11);

    protected override Problem ToProblem(JsonRow row)
    {
        var id = row.RequiredString("id");
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new DatasetFormatException(row.File, row.Line, "id", $"expected a whole number, got '{id}'");
        var answer = row.RequiredString("answer");
        if (!double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            throw new DatasetFormatException(row.File, row.Line, "answer", $"expected a number, got '{answer}'");
        var match = ProblemNumber().Match(row.OptionalString("url") ?? "");
        var number = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 13;
        var paper = match.Success ? "AMC 12" + match.Groups["paper"].Value : null;
        return new Problem(id, row.RequiredString("problem"), answer,
            new ProblemMeta(null, paper, 0.55 + 0.35 * (Math.Clamp(number, 1, 25) - 1) / 24.0));
    }

    public override IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);

    [GeneratedRegex(@"AMC_12(?<paper>[AB])_Problems/Problem_(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ProblemNumber();
}

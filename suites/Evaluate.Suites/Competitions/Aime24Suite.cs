using System.Globalization;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Math500;

namespace Evaluate.Suites.Competitions;

/// <summary>
/// AIME 2024 I and II (30 problems; Qwen2.5-Math's evaluation file). Id <c>2024-I-1</c> … (see <see cref="Aime24Ids"/>);
/// the answer is an integer 0-999 (<see cref="AimeAnswerChecker"/>); subject "AIME 2024 I"/"II".
/// </summary>
public sealed class Aime24Suite(DataDirectory data) : JsonlSuite(data, RelativePath), IDatedSuite
{
    public const string RelativePath = "aime24/test.jsonl";

    public override string Name => "aime24";
    public override string Version => "1";
    public override string Description => "AIME 2024 I and II (integer answers 0-999)";
    public override IAnswerChecker Checker { get; } = new AimeAnswerChecker();

    /// <summary>AIME 2024 was held at the start of February 2024; the day is not recorded upstream, so the month is.</summary>
    public SuiteDate Date => SuiteDate.Competition(2024, 2);

    protected override Problem ToProblem(JsonRow row)
    {
        var idText = row.RequiredString("id");
        if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var upstream) || Aime24Ids.Of(upstream) is not { } position)
            throw new DatasetFormatException(row.File, row.Line, "id", $"expected an AIME 2024 id {Aime24Ids.First}-{Aime24Ids.First + Aime24Ids.Count - 1}, got '{idText}'");
        var answer = row.RequiredString("answer");
        if (AimeAnswerChecker.Integer(answer) is null)
            throw new DatasetFormatException(row.File, row.Line, "answer", $"expected an integer 0-999, got '{answer}'");
        return new Problem(Aime24Ids.IdOf(upstream)!, row.RequiredString("problem"), answer,
            new ProblemMeta(null, $"AIME 2024 {position.Contest}", AimeDifficulty.OfProblem(position.Number)));
    }

    public override IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);
}

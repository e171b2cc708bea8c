using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;
using Evaluate.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Evaluate.Tests.Analysis;

/// <summary>
/// The process-efficiency "new round" rule against a hand-labelled table of multi-round responses
/// (Analysis/Data/labelled-rounds.yaml: restated re-checks, other methods, new answers; math and Game of 24). Every
/// response must split into as many rounds as it has labels; agreement is counted over the rounds after the first
/// (the first is new by definition). docs/overthinking.md states the figures this test prints.
/// </summary>
public sealed class ProcessRoundLabelsTests
{
    /// <summary>The agreement the rule must keep. Measured 2026-12: see docs/overthinking.md.</summary>
    private const double RequiredAgreement = 0.9;

    [Test]
    public void TheNewRoundRuleAgreesWithTheHandLabels()
    {
        var table = Load();
        Assert.That(table, Has.Count.GreaterThanOrEqualTo(50));
        var analyzer = new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance);
        int rounds = 0, agree = 0, oldAgree = 0, labelledNew = 0, ruleNew = 0;
        var disagreements = new List<string>();
        var misSplit = new List<string>();
        foreach (var item in table)
        {
            var (checker, problem) = Grading(item);
            var analysis = analyzer.Analyze(item.Response, null, "stop", checker, problem);
            if (analysis.Rounds != item.Labels.Count)
            {
                misSplit.Add($"{item.Id}: {analysis.Rounds} rounds ({string.Join(" | ", analysis.RoundDetails.Select(d => d.Answer))}) for {item.Labels.Count} labels");
                continue;
            }
            Assert.That(analysis.RoundDetails[0].IsNew, Is.True, item.Id);
            var oldRule = OldRule(ReasoningSplit.Of(item.Response, null).Combined, analysis.RoundDetails, checker, problem);
            for (var r = 1; r < item.Labels.Count; r++)
            {
                var labelNew = item.Labels[r] switch
                {
                    "new" => true,
                    "same" => false,
                    _ => throw new AssertionException($"{item.Id}: label '{item.Labels[r]}' is neither new nor same"),
                };
                rounds++;
                labelledNew += labelNew ? 1 : 0;
                ruleNew += analysis.RoundDetails[r].IsNew ? 1 : 0;
                if (analysis.RoundDetails[r].IsNew == labelNew) agree++;
                else disagreements.Add($"{item.Id} round {r + 1}: labelled {item.Labels[r]}");
                if (oldRule[r] == labelNew) oldAgree++;
            }
        }
        Assert.That(misSplit, Is.Empty, "every response must split into one round per label");
        var agreement = (double)agree / rounds;
        var oldAgreement = (double)oldAgree / rounds;
        TestContext.Out.WriteLine($"{table.Count} responses, {rounds} labelled rounds after the first ({labelledNew} new, {rounds - labelledNew} same); " +
                                  $"rule says new {ruleNew}; agreement {agree}/{rounds} = {agreement:P1}; old trigram rule {oldAgree}/{rounds} = {oldAgreement:P1}");
        foreach (var line in disagreements) TestContext.Out.WriteLine("  " + line);
        Assert.That(labelledNew, Is.InRange(rounds / 4, rounds * 3 / 4), "the table must hold both kinds in number");
        Assert.That(agreement, Is.GreaterThanOrEqualTo(RequiredAgreement));
        Assert.That(agreement, Is.GreaterThan(oldAgreement + 0.1), "the rule must beat the word-trigram rule it replaced");
    }

    /// <summary>The rule before issue 23: a new answer, or word-trigram Jaccard below 0.5 against every earlier round.</summary>
    private static bool[] OldRule(string text, IReadOnlyList<SolutionRound> rounds, IAnswerChecker checker, Problem problem)
    {
        var isNew = new bool[rounds.Count];
        var similarities = new List<RoundSimilarity>();
        var start = 0;
        for (var r = 0; r < rounds.Count; r++)
        {
            var similarity = new RoundSimilarity(text[start..rounds[r].End]);
            var newAnswer = Enumerable.Range(0, r).All(e => rounds[e].Answer != rounds[r].Answer && !checker.Equivalent(problem, rounds[e].Answer, rounds[r].Answer));
            isNew[r] = r == 0 || newAnswer || similarities.All(s => s.JaccardWith(similarity) < RoundSimilarity.NewApproachThreshold);
            similarities.Add(similarity);
            start = rounds[r].End;
        }
        return isNew;
    }

    private static (IAnswerChecker Checker, Problem Problem) Grading(LabelledResponse item) => item.Kind switch
    {
        "math" => (new MathAnswerChecker(), new Problem(item.Id, "labelled", item.Gold ?? throw new AssertionException($"{item.Id}: no gold"), ProblemMeta.None)),
        "game24" => (new Game24AnswerChecker(), new Problem(item.Id, item.Puzzle ?? throw new AssertionException($"{item.Id}: no puzzle"), "", ProblemMeta.None)),
        _ => throw new AssertionException($"{item.Id}: unknown kind '{item.Kind}'"),
    };

    private static List<LabelledResponse> Load()
    {
        var path = Path.Combine(SharedDatasets.RepositoryRoot, "tests", "Evaluate.Tests", "Analysis", "Data", "labelled-rounds.yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<List<LabelledResponse>>(File.ReadAllText(path));
    }

    private sealed class LabelledResponse
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? Gold { get; set; }
        public string? Puzzle { get; set; }
        public List<string> Labels { get; set; } = [];
        public string Response { get; set; } = "";
    }
}

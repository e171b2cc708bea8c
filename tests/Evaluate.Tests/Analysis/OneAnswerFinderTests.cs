using Evaluate.Adapters.Simulated;
using Evaluate.Core.Analysis;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Probes;

namespace Evaluate.Tests.Analysis;

/// <summary>
/// Issue 19, one answer finder: every solution round the analysis marks states what the suite's grader extracts from
/// the response cut at the round's end, and the last round of the answer part states what the grader extracts from the
/// whole response. A round in the reasoning is compared with the grader reading the reasoning up to it (the grader
/// itself never sees reasoning). Checked on hand-written multi-round responses and on the simulator's responses.
/// </summary>
public sealed class OneAnswerFinderTests
{
    private static readonly ResponseAnalyzer Analyzer = new(ApproximateTokenPositionMapper.Instance);

    private static readonly IAnswerChecker MathStrict = new MathAnswerChecker(ExtractionMode.Strict);
    private static readonly IAnswerChecker MathFlexible = new MathAnswerChecker(ExtractionMode.Flexible);
    private static readonly IAnswerChecker Gsm8k = new Gsm8kAnswerChecker(ExtractionMode.Flexible);
    private static readonly IAnswerChecker Gsm8kStrict = new Gsm8kAnswerChecker(ExtractionMode.Strict);
    private static readonly IAnswerChecker Game24 = new Game24AnswerChecker();
    private static readonly IAnswerChecker Probe = new ProbeAnswerChecker();

    private static Problem ProblemWith(string gold, string text = "Compute it.") => new("p", text, gold, new ProblemMeta(null, null, 0.5));

    /// <summary>Name, checker, response, separate reasoning field, the round answers the analysis records.</summary>
    private static IEnumerable<TestCaseData> Table()
    {
        TestCaseData Row(string name, IAnswerChecker checker, string response, string? reasoning, params string[] rounds) =>
            new TestCaseData(checker, response, reasoning, rounds).SetName(name);

        yield return Row("boxed once", MathStrict, "Two plus three is five. So the answer is \\boxed{5}.", null, "5");
        yield return Row("boxed, then a corrected box", MathStrict,
            "First try: the answer is \\boxed{6}.\n\nWait, recheck: the answer is \\boxed{5}.", null, "6", "5");
        yield return Row("final answer is a boxed fraction", MathStrict, "The final answer is $\\boxed{\\frac{1}{2}}$.", null, "\\frac{1}{2}");
        yield return Row("final answer colon", MathStrict, "We simplify.\nFinal answer: 12", null, "12");
        yield return Row("boxes in thinking and answer", MathStrict,
            "<think>Maybe \\boxed{4}. Hmm, no: so the answer is \\boxed{5}.</think>\nThe answer is \\boxed{5}.", null, "4", "5", "5");
        // The grader never sees the thinking: the answer part's phrase is read without the thinking's box.
        yield return Row("box in thinking, phrase in answer", MathStrict, "<think>So \\boxed{4}.</think>\nThe answer is 5.", null, "4", "5");
        // Math grading prefers any box to a later phrase: the phrase round is read as the box; the round keeps its own wording.
        yield return Row("math phrase after a box", MathStrict, "\\boxed{3} is my first guess. Wait, the answer is 4.", null, "3", "4");
        yield return Row("two boxes read as a list", MathStrict, "The answer is \\boxed{2} and \\boxed{3}.", null, "2");
        yield return Row("box inside display math keeps its raw content", MathStrict,
            "Therefore, the final answer is $\\boxed{\\[ 7 \\]}$.", null, "\\[ 7 \\]");
        yield return Row("concluding math span", MathStrict, "Thus $x = 5$.", null, "5");
        yield return Row("flexible math restated", MathFlexible,
            "We get 12 as the total. So the answer is 12.\nLet me double-check: so the answer is 12.", null, "12", "12");
        yield return Row("gsm8k hashes", Gsm8k, "She pays 8 * 9 = 72 dollars.\n#### 72", null, "72");
        yield return Row("gsm8k phrase with a unit", Gsm8k, "The answer is 12 apples.", null, "12");
        yield return Row("gsm8k concluding equation then phrase", Gsm8k,
            "So the total is 5 + 6 = 11.\nTherefore the answer is 11.", null, "11", "11");
        yield return Row("gsm8k reasoning field then hashes", Gsm8k, "#### 12",
            "I think the answer is 10. Wait, no: the answer is 12.", "10", "12", "12");
        yield return Row("gsm8k thousands", Gsm8k, "The answer is 1,000.", null, "1,000");
        // GSM8K grading prefers "####" to any phrase: a later phrase round is read as the hashes.
        yield return Row("gsm8k phrase after hashes", Gsm8k, "#### 5\nHmm, actually the answer is 6.", null, "5", "5");
        yield return Row("gsm8k bold answer in answer part", Gsm8k,
            "<think>2+3: so the answer is 5.</think>\nThe answer is **5**.", null, "5", "5");
        yield return Row("gsm8k answer only in thinking", Gsm8kStrict, "<think>So the answer is 9.</think>\nI am done here.", null, "9");
        yield return Row("gsm8k expression after a phrase", Gsm8k, "Answer: 3 + 4 = 7", null, "3 + 4 = 7");
        yield return Row("game24 answer line", Game24, "Answer: (4 + 8) * 2 = 24", null, "24");
        yield return Row("game24 steps, re-check and repeated answer", Game24,
            "Steps:\n4 + 8 = 12 (left: 2 12)\n12 * 2 = 24 (left: 24)\nAnswer: (4 + 8) * 2 = 24\n" +
            "Wait, let me double-check this. So, again, the answer is (4 + 8) * 2 = 24.\nAnswer: (4 + 8) * 2 = 24", null, "24", "24", "24");
        yield return Row("game24 bare equation", Game24, "6 * 4 = 24", null, "24");
        yield return Row("game24 box is not its format", Game24, "\\boxed{24}", null);
        yield return Row("probe boxes", Probe, "So the answer is \\boxed{5}.\nWait, the answer is \\boxed{6}.", null, "5", "6");
        yield return Row("probe phrase", Probe, "The answer is 42.", null, "42");
    }

    [TestCaseSource(nameof(Table))]
    public void Hand_written_rounds_state_what_the_grader_extracts_there(IAnswerChecker checker, string response, string? reasoning, string[] rounds)
    {
        var analysis = Analyzer.Analyze(response, reasoning, "stop", checker, ProblemWith("5"));
        Assert.That(analysis.RoundDetails.Select(r => r.Answer), Is.EqualTo(rounds));
        AssertRoundsAreGraderReadings(checker, response, reasoning, analysis);
    }

    private static readonly string[] MathGolds =
        ["5", "\\frac{1}{2}", "(3, \\frac{\\pi}{2})", "x^2 + 1", "-7", "1,000", "\\text{Evelyn}", "\\[ 60 \\]", "2\\sqrt{3}", "\\{1, 2\\}"];

    [Test]
    public void Simulated_math_and_gsm8k_rounds_state_what_the_grader_extracts_there()
    {
        var random = new Random(19);
        var checked_ = 0;
        for (var i = 0; i < 300; i++)
        {
            var gold = MathGolds[i % MathGolds.Length];
            var answer = random.Next(3) == 0 ? Distractors.Pick(Distractors.For(gold), random) : gold;
            var format = i % 2 == 0 ? AnswerFormat.Boxed : AnswerFormat.Hashes;
            var checker = format == AnswerFormat.Boxed ? (i % 4 == 0 ? MathStrict : MathFlexible) : Gsm8k;
            var response = MathSolutionWriter.Write("Tom has 3 apples and buys 12 more.", answer, format, 2 + random.Next(6), 1.0,
                OverthinkingRounds.Count(1.5, random), random);
            var reasoning = i % 5 == 0 ? "Let me think. So the answer is 3. Hmm." : null;
            var analysis = Analyzer.Analyze(response, reasoning, "stop", checker, ProblemWith(gold));
            Assert.That(analysis.Rounds, Is.GreaterThan(0), response);
            checked_ += AssertRoundsAreGraderReadings(checker, response, reasoning, analysis);
        }
        Assert.That(checked_, Is.GreaterThan(300));
    }

    [Test]
    public void Simulated_game24_rounds_state_what_the_grader_extracts_there()
    {
        var random = new Random(24);
        int[][] puzzles = [[4, 8, 2, 1], [1, 2, 3, 4], [6, 6, 6, 6], [3, 3, 8, 8], [1, 5, 5, 5]];
        for (var i = 0; i < 100; i++)
        {
            var numbers = puzzles[i % puzzles.Length];
            var response = Game24Writer.Write(numbers, random.Next(2) == 0, i % 2 == 0, OverthinkingRounds.Count(1.5, random), (ulong)i, random);
            var problem = new Problem("p", string.Join(' ', numbers), "24", new ProblemMeta(null, null, 0.5));
            var analysis = Analyzer.Analyze(response, null, "stop", Game24, problem);
            Assert.That(analysis.Rounds, Is.GreaterThan(0), response);
            AssertRoundsAreGraderReadings(Game24, response, null, analysis);
        }
    }

    [Test]
    public void Hostile_text_read_by_the_grader_is_still_clipped_to_the_round_cap()
    {
        var hostile = string.Concat(Enumerable.Repeat("So the answer is \\boxed{{{ = 1\n#### 7\n", 20_000));
        var analysis = Analyzer.Analyze(hostile, null, "stop", Gsm8k, ProblemWith("7"));
        Assert.That(analysis.Rounds, Is.EqualTo(ResponseAnalyzer.MaxRounds));
        Assert.That(analysis.Clipped, Is.True);
        // Before the first "####" the phrase is read; from there on GSM8K grading prefers the hashes.
        Assert.That(analysis.RoundDetails.Skip(1).Select(r => r.Answer).Distinct(), Is.EqualTo(new[] { "7" }));
    }

    /// <returns>The number of rounds checked.</returns>
    private static int AssertRoundsAreGraderReadings(IAnswerChecker checker, string response, string? reasoning, SampleAnalysis analysis)
    {
        var split = ReasoningSplit.Of(response, reasoning);
        var combined = split.Combined;
        var boundary = split.ReasoningLength;
        // Where the answer part sits in the raw response, so that an answer round is cut from the response itself.
        var answerOffset = split.Answer.Length == 0 ? -1 : response.IndexOf(split.Answer, StringComparison.Ordinal);
        foreach (var round in analysis.RoundDetails)
        {
            var inReasoning = round.End <= boundary;
            var cut = inReasoning ? combined[..round.End] : response[..(answerOffset + round.End - boundary)];
            var extracted = checker.Extract(cut);
            Assert.That(extracted, Is.Not.Null, $"the grader reads nothing where a round ends: «{cut}»");
            Assert.That(round.Extracted, Is.EqualTo(extracted), $"round ending at {round.End} of «{combined}»");
            if (checker.RoundAnswers == RoundAnswerWording.Extracted)
                Assert.That(round.Answer, Is.EqualTo(extracted), $"round ending at {round.End} of «{combined}»");
        }
        if (analysis.RoundDetails.Count > 0 && analysis.RoundDetails[^1].End > boundary)
            Assert.That(analysis.RoundDetails[^1].Extracted, Is.EqualTo(checker.Extract(response)), $"last round of «{response}»");
        return analysis.RoundDetails.Count;
    }
}

using NUnit.Framework;
using Evaluate.Adapters.Tokenization;
using Evaluate.Core.Analysis;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Analysis;

public class ResponseAnalyzerTests
{
    private const string RoundOne = "Adding three to two gives five. So the answer is \\boxed{5}.";
    private const string RoundTwo = "\n\nWait, let me double-check: counting up from 2 by three steps lands on 5, so the answer is 5.";
    private const string RoundThree = "\n\nAlternatively, 3 + 2 is also 5, hence the final answer is 5.";

    private static readonly ApproximateTokenCounter Approx = ApproximateTokenCounter.Instance;

    private static SampleAnalysis Analyze(ITokenPositionMapper mapper, string response, string? reasoning = null, string? finish = "stop", string gold = "5") =>
        new ResponseAnalyzer(mapper).Analyze(response, reasoning, finish,
            answer => answer.Trim() == gold, (a, b) => a.Trim() == b.Trim());

    private static SampleAnalysis Analyze(string response, string? reasoning = null, string? finish = "stop", string gold = "5") =>
        Analyze(ApproximateTokenPositionMapper.Instance, response, reasoning, finish, gold);

    [Test]
    public void ThreeRoundsCorrectFromTheFirst()
    {
        var response = RoundOne + RoundTwo + RoundThree;
        var result = Analyze(response);
        var roundOneTokens = Approx.CountTokens(RoundOne);
        var allTokens = Approx.CountTokens(response);

        Assert.That(result.Rounds, Is.EqualTo(3));
        Assert.That(result.RoundDetails.Select(r => r.Answer), Is.EqualTo(new[] { "5", "5", "5" }));
        Assert.That(result.FirstCorrectRound, Is.EqualTo(0));
        Assert.That(result.TotalTokens, Is.EqualTo(allTokens));
        Assert.That(result.TokensToFirstCorrectEnd, Is.EqualTo(roundOneTokens));
        Assert.That(result.TokensAfterFirstCorrect, Is.EqualTo(allTokens - roundOneTokens));
        Assert.That(result.OutcomeEfficiency, Is.EqualTo((double)roundOneTokens / allTokens).Within(1e-12));
        Assert.That(result.DistinctAnswers, Is.EqualTo(1));
        Assert.That(result.AnswerChangedAfterFirst, Is.False);
        Assert.That(result.Markers["wait"], Is.EqualTo(1));
        Assert.That(result.Markers["alternatively"], Is.EqualTo(1));
    }

    [Test]
    public void OutcomeEfficiencyWithTheTiktokenCounter()
    {
        var response = RoundOne + RoundTwo + RoundThree;
        var counter = TiktokenTokenCounter.Default;
        var result = Analyze(counter, response);
        var expected = (double)counter.CountTokens(RoundOne) / counter.CountTokens(response);
        Assert.That(result.OutcomeEfficiency, Is.EqualTo(expected).Within(1e-12));
        Assert.That(result.Encoding, Is.EqualTo("o200k_base"));
    }

    [Test]
    public void WrongFirstRoundThenCorrect()
    {
        const string wrong = "Two plus three: I get 6. So the answer is \\boxed{6}.";
        const string right = "\n\nWait, that is wrong: two plus three is five, so the answer is \\boxed{5}.";
        const string tail = "\n\nI am confident in this result.";
        var response = wrong + right + tail;
        var result = Analyze(response);

        Assert.That(result.Rounds, Is.EqualTo(2));
        Assert.That(result.FirstCorrectRound, Is.EqualTo(1));
        Assert.That(result.RoundDetails.Select(r => r.Correct), Is.EqualTo(new[] { false, true }));
        Assert.That(result.OutcomeEfficiency,
            Is.EqualTo((double)Approx.CountTokens(wrong + right) / Approx.CountTokens(response)).Within(1e-12));
        Assert.That(result.DistinctAnswers, Is.EqualTo(2));
        Assert.That(result.AnswerChangedAfterFirst, Is.True);
        Assert.That(result.FinalAnswerChangedByLaterRounds, Is.True);
        Assert.That(result.CorrectAnswerAbandoned, Is.False);
        // Both rounds bring a new answer, the tail is no round: D = tokens up to the end of round two.
        Assert.That(result.ProcessEfficiency,
            Is.EqualTo((double)Approx.CountTokens(wrong + right) / Approx.CountTokens(response)).Within(1e-12));
    }

    [Test]
    public void NoCorrectRoundGivesZeroOutcomeEfficiency()
    {
        var result = Analyze("Two plus three is 6. So the answer is \\boxed{6}.");
        Assert.That(result.Rounds, Is.EqualTo(1));
        Assert.That(result.FirstCorrectRound, Is.Null);
        Assert.That(result.TokensToFirstCorrectEnd, Is.Null);
        Assert.That(result.TokensAfterFirstCorrect, Is.Null);
        Assert.That(result.OutcomeEfficiency, Is.Zero);
    }

    [Test]
    public void CorrectThenAbandoned()
    {
        var result = Analyze("So the answer is \\boxed{5}.\n\nHmm, on second thought the answer is \\boxed{6}.");
        Assert.That(result.FirstCorrectRound, Is.EqualTo(0));
        Assert.That(result.CorrectAnswerAbandoned, Is.True);
        Assert.That(result.FinalAnswerChangedByLaterRounds, Is.True);
    }

    [Test]
    public void TruncatedResponseWithoutAnswer()
    {
        var result = Analyze("Let me think about 2 + 3. Hmm, wait, maybe I should", finish: "length");
        Assert.That(result.Truncated, Is.True);
        Assert.That(result.Rounds, Is.Zero);
        Assert.That(result.OutcomeEfficiency, Is.Zero);
        Assert.That(result.ProcessEfficiency, Is.Zero);
        Assert.That(result.TotalTokens, Is.GreaterThan(0));
        Assert.That(Analyze("So the answer is 5.", finish: "stop").Truncated, Is.False);
    }

    [Test]
    public void RepeatedIdenticalRoundIsNotNew()
    {
        const string round = "Two plus three is five. So the answer is \\boxed{5}.";
        var response = round + "\n\n" + round;
        var result = Analyze(response);
        Assert.That(result.RoundDetails.Select(r => r.IsNew), Is.EqualTo(new[] { true, false }));
        Assert.That(result.ProcessEfficiency,
            Is.EqualTo((double)Approx.CountTokens(round) / Approx.CountTokens(response)).Within(1e-12));
    }

    [Test]
    public void SameTextWithADifferentAnswerIsNew()
    {
        const string round = "Two plus three is five. So the answer is \\boxed{5}.";
        var response = round + "\n\n" + round.Replace("{5}", "{6}", StringComparison.Ordinal);
        var result = Analyze(response);
        Assert.That(result.RoundDetails.Select(r => r.IsNew), Is.EqualTo(new[] { true, true }));
        Assert.That(result.ProcessEfficiency, Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void SameAnswerByADifferentRouteIsNew()
    {
        var result = Analyze(RoundOne + RoundTwo);
        Assert.That(result.RoundDetails.Select(r => r.IsNew), Is.EqualTo(new[] { true, true }));
    }

    [Test]
    public void ThinkBlockCountsAsReasoningAndItsRoundsCount()
    {
        const string thinking = "Hmm, 2+3. So 2 + 3 = 5.";
        const string answer = "The answer is \\boxed{5}.";
        var result = Analyze($"<think>{thinking}</think>\n{answer}");
        var reasoningTokens = Approx.CountTokens(thinking + "\n");

        Assert.That(result.Rounds, Is.EqualTo(2));
        Assert.That(result.RoundDetails[0].Rule, Is.EqualTo(AnswerRule.ConcludingEquation));
        Assert.That(result.ReasoningTokens, Is.EqualTo(reasoningTokens));
        Assert.That(result.TotalTokens, Is.EqualTo(Approx.CountTokens(thinking + "\n" + answer)));
        Assert.That(result.AnswerTokens, Is.EqualTo(result.TotalTokens - reasoningTokens));
        Assert.That(result.Markers["hmm"], Is.EqualTo(1));
    }

    [Test]
    public void SeparateReasoningFieldComesFirst()
    {
        var result = Analyze("The answer is \\boxed{5}.", reasoning: "I first thought 6, so the answer is 6. Wait, no.");
        Assert.That(result.RoundDetails.Select(r => r.Answer), Is.EqualTo(new[] { "6", "5" }));
        Assert.That(result.FirstCorrectRound, Is.EqualTo(1));
        Assert.That(result.ReasoningTokens, Is.GreaterThan(0));
    }

    [Test]
    public void ThrowingPredicatesAreNotSwallowed()
    {
        // A predicate that throws is a bug: the analyzer lets it through (the grader's GuardedChecker counts it).
        var analyzer = new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance);
        const string text = "So the answer is \\boxed{5}. The answer is \\boxed{7}.";
        Assert.Throws<InvalidOperationException>(() => analyzer.Analyze(text, null, null, _ => throw new InvalidOperationException("checker bug"), (a, b) => a == b));
        Assert.Throws<FormatException>(() => analyzer.Analyze(text, null, null, _ => false, (_, _) => throw new FormatException()));
    }

    [Test]
    public void ThrowingCheckerIsCountedWhenGuarded()
    {
        var log = new Evaluate.Core.Suites.InternalErrorLog();
        var checker = new Evaluate.Core.Suites.GuardedChecker(new Evaluate.Tests.Reliability.ThrowingSuite.BuggyChecker("grade"), log);
        var result = new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance).Analyze(
            "Answer: B\nLet me check.\nAnswer: A", null, null, checker, Evaluate.Tests.Reliability.ThrowingSuite.Problem);
        Assert.That(log.Count, Is.GreaterThanOrEqualTo(1), "grading the round that states B threw");
        Assert.That(result.Rounds, Is.EqualTo(2));
    }

    // Work is bounded as counts, not a time (a timing fails on a loaded machine; the time is a benchmark,
    // HostileAnalysisBenchmarks.HostileResponse): the text is mapped once and clipped, the per-round work (token questions,
    // predicate calls) stops at MaxRounds, and what is allocated stays linear in the clipped text.
    [Test]
    public void HostileTextIsClippedAndAnalysedInBoundedWork()
    {
        var hostile = string.Concat(Enumerable.Repeat("\\boxed{{{ = 1\n#### answer is ", 60_000)) + new string('{', 300_000);
        var mapper = new MeteredTokenPositionMapper(ApproximateTokenPositionMapper.Instance);
        int correctnessCalls = 0, sameAnswerCalls = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = new ResponseAnalyzer(mapper).Analyze(hostile, null, "stop",
            answer => { correctnessCalls++; return answer.Trim() == "5"; },
            (a, b) => { sameAnswerCalls++; return a.Trim() == b.Trim(); });
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.That(result.Clipped, Is.True);
        Assert.That(result.Rounds, Is.LessThanOrEqualTo(ResponseAnalyzer.MaxRounds));
        Assert.That(result.TotalTokens, Is.EqualTo(Approx.CountTokens(hostile[..ResponseAnalyzer.MaxAnalysedChars])));
        Assert.That(mapper.Maps, Is.EqualTo(1), "the text is tokenised once");
        Assert.That(mapper.CharactersMapped, Is.EqualTo(ResponseAnalyzer.MaxAnalysedChars), "only the clipped text is tokenised");
        // One "tokens up to the end" per round plus the reasoning boundary.
        Assert.That(mapper.PrefixQuestions, Is.LessThanOrEqualTo(ResponseAnalyzer.MaxRounds + 1));
        // A statement and its answer per round; every round against every answer class, then each against the first.
        Assert.That(correctnessCalls, Is.LessThanOrEqualTo(2 * ResponseAnalyzer.MaxRounds));
        Assert.That(sameAnswerCalls, Is.LessThanOrEqualTo(ResponseAnalyzer.MaxRounds * ResponseAnalyzer.MaxRounds + ResponseAnalyzer.MaxRounds + 1));
        // Measured about 108 bytes per analysed character; unclipped (2 M characters) it would be about twice that.
        Assert.That(allocated, Is.LessThan(160L * ResponseAnalyzer.MaxAnalysedChars), $"{allocated} bytes allocated");
    }

    [Test]
    public void EmptyResponseIsAnalysedAsNothing()
    {
        var result = Analyze("", reasoning: null, finish: null);
        Assert.That(result.Rounds, Is.Zero);
        Assert.That(result.TotalTokens, Is.Zero);
        Assert.That(result.OutcomeEfficiency, Is.Zero);
        Assert.That(result.ProcessEfficiency, Is.Zero);
    }
}

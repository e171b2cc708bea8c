using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Analysis;

/// <summary>
/// Splits one sample into solution rounds and computes the overthinking measures of Chen et al. 2024
/// ("Do NOT Think That Much for 2+3=?"). Reads reasoning + response (reasoning first: thinking models solve in
/// their reasoning). A round ends at each explicit answer statement (<see cref="AnswerStatementFinder"/>, of the kinds the
/// suite declares) at which the suite's grader reads an answer, and that reading is the round's answer
/// (<see cref="StatementReading"/>): the analysis and grading use one answer finder (issue 19).
/// <para>A round is new when its answer is not equivalent to any earlier round's answer, or when it uses a new method:
/// a quantity (number, two-operand expression) or an operation that no earlier round used (<see cref="RoundMethod"/>),
/// never new words alone; the first round is always new.</para>
/// Bounded and total: text beyond <see cref="MaxAnalysedChars"/> and rounds beyond <see cref="MaxRounds"/> are
/// ignored (the result says so), every scan is linear. Predicates that throw are not caught: the grader passes a
/// checker that counts a throw as an internal error.
/// </summary>
public sealed class ResponseAnalyzer(ITokenPositionMapper tokens)
{
    public const int MaxAnalysedChars = 1_000_000;

    /// <summary>Keeps the answer-equivalence comparisons (quadratic in rounds) bounded.</summary>
    public const int MaxRounds = 200;

    private readonly ITokenPositionMapper _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));

    /// <summary>Analyses with a suite's own grading: a round is correct when the checker grades its answer correct
    /// against <paramref name="problem"/>'s gold, and answers are equivalent as the checker's vote classes.</summary>
    public SampleAnalysis Analyze(string? response, string? reasoning, string? finishReason, IAnswerChecker checker, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(problem);
        return Analyze(response, reasoning, finishReason,
            answer => checker.Grade(problem, answer).Correct,
            (a, b) => checker.Equivalent(problem, a, b),
            checker.Cues, checker.Extract, checker.RoundAnswers);
    }

    /// <param name="response">The graded response text; a &lt;think&gt; part in it counts as reasoning.</param>
    /// <param name="reasoning">A separate reasoning field (reasoning_content), or null.</param>
    /// <param name="finishReason">As the server said it; "length" marks truncation.</param>
    /// <param name="isCorrect">Whether an answer stated in a round is correct (e.g. the suite checker's Grade against gold).</param>
    /// <param name="sameAnswer">Whether two stated answers are equivalent (e.g. the suite checker's Equivalent).</param>
    /// <param name="cues">The statement kinds that end a round (the suite's <see cref="IAnswerChecker.Cues"/>).</param>
    /// <param name="read">The grader's extraction: a round's answer is what it reads in the text cut at the round's end
    /// (<see cref="StatementReading"/>). Null keeps the statement's own wording as the answer.</param>
    /// <param name="wording">Which of the two a round records (the suite's <see cref="IAnswerChecker.RoundAnswers"/>).</param>
    public SampleAnalysis Analyze(
        string? response,
        string? reasoning,
        string? finishReason,
        Func<string, bool> isCorrect,
        Func<string, string, bool> sameAnswer,
        AnswerCues cues = AnswerCues.All,
        Func<string, string?>? read = null,
        RoundAnswerWording wording = RoundAnswerWording.Extracted)
    {
        ArgumentNullException.ThrowIfNull(isCorrect);
        ArgumentNullException.ThrowIfNull(sameAnswer);
        var split = ReasoningSplit.Of(response, reasoning);
        var text = split.Combined;
        var clipped = false;
        if (text.Length > MaxAnalysedChars)
        {
            var cut = char.IsHighSurrogate(text[MaxAnalysedChars - 1]) ? MaxAnalysedChars - 1 : MaxAnalysedChars;
            text = text[..cut];
            clipped = true;
        }

        var positions = _tokens.Map(text);
        var total = positions.TotalTokens;
        var statements = AnswerStatementFinder.Find(text, cues);
        if (read is not null) statements = StatementReading.Read(text, split.ReasoningLength, statements, read, wording, MaxRounds + 1);
        if (statements.Count > MaxRounds)
        {
            statements.RemoveRange(MaxRounds, statements.Count - MaxRounds);
            clipped = true;
        }

        var rounds = BuildRounds(text, statements, positions, isCorrect, SameOrEquivalent(sameAnswer), out var distinct);
        var firstCorrect = rounds.FindIndex(r => r.Correct);
        int? toFirstCorrect = firstCorrect >= 0 ? rounds[firstCorrect].EndToken : null;
        var same = SameOrEquivalent(sameAnswer);
        var changedAfterFirst = rounds.Skip(1).Any(r => !same(rounds[0].Answer, r.Answer));
        var finalChanged = rounds.Count > 1 && !same(rounds[0].Answer, rounds[^1].Answer);
        var newTokens = rounds.Where(r => r.IsNew).Sum(r => r.Tokens);
        var reasoningTokens = positions.TokensBefore(Math.Min(split.ReasoningLength, text.Length));

        return new SampleAnalysis
        {
            Encoding = _tokens.Name,
            Rounds = rounds.Count,
            RoundDetails = rounds,
            FirstCorrectRound = firstCorrect >= 0 ? firstCorrect : null,
            TokensToFirstCorrectEnd = toFirstCorrect,
            TotalTokens = total,
            TokensAfterFirstCorrect = toFirstCorrect is { } end ? total - end : null,
            DistinctAnswers = distinct,
            AnswerChangedAfterFirst = changedAfterFirst,
            FinalAnswerChangedByLaterRounds = finalChanged,
            CorrectAnswerAbandoned = firstCorrect >= 0 && !rounds[^1].Correct,
            Markers = ReflectionMarkers.Count(text),
            ThoughtSwitches = ThoughtSwitchMarkers.Count(text),
            ReasoningTokens = reasoningTokens,
            AnswerTokens = total - reasoningTokens,
            Truncated = string.Equals(finishReason?.Trim(), "length", StringComparison.OrdinalIgnoreCase),
            OutcomeEfficiency = toFirstCorrect is { } reached && total > 0 ? (double)reached / total : 0.0,
            ProcessEfficiency = total > 0 ? (double)newTokens / total : 0.0,
            Clipped = clipped,
        };
    }

    private static List<SolutionRound> BuildRounds(
        string text,
        List<AnswerStatement> statements,
        ITokenPositions positions,
        Func<string, bool> isCorrect,
        Func<string, string, bool> sameAnswer,
        out int distinctAnswers)
    {
        var rounds = new List<SolutionRound>(statements.Count);
        var methods = new MethodsSeen();
        var answerClasses = new List<string>(); // one representative answer per equivalence class seen so far
        var correctness = new Dictionary<string, bool>(StringComparer.Ordinal);
        var previousEndChar = 0;
        var previousEndToken = 0;
        for (var index = 0; index < statements.Count; index++)
        {
            var statement = statements[index];
            var endToken = Math.Max(previousEndToken, positions.TokensBefore(statement.End));
            var newAnswer = !answerClasses.Any(seen => sameAnswer(seen, statement.Answer));
            if (newAnswer) answerClasses.Add(statement.Answer);
            // Every round's method is recorded (also a new answer's), so a later round is new only against all of them.
            // The last round's is read only to decide that round itself: when it is new anyway, its text is not
            // scanned (most short responses are one round).
            var isLast = index == statements.Count - 1;
            var newMethod = (!isLast || (rounds.Count > 0 && !newAnswer))
                && methods.AddIsNew(RoundMethod.Of(text.AsSpan(previousEndChar, statement.End - previousEndChar)));
            var isNew = rounds.Count == 0 || newAnswer || newMethod;

            var correct = IsCorrect(statement, isCorrect, correctness);
            rounds.Add(new SolutionRound(statement.Answer, statement.Rule, endToken, endToken - previousEndToken, correct, isNew)
                { Extracted = statement.Extracted, End = statement.End });
            previousEndChar = statement.End;
            previousEndToken = endToken;
        }
        distinctAnswers = answerClasses.Count;
        return rounds;
    }

    /// <summary>The stated value decides; the full statement is tried too, for checkers that grade expressions (Game of 24).</summary>
    private static bool IsCorrect(AnswerStatement statement, Func<string, bool> isCorrect, Dictionary<string, bool> cache)
    {
        if (Cached(statement.Answer)) return true;
        return statement.Statement != statement.Answer && Cached(statement.Statement);

        bool Cached(string answer)
        {
            if (!cache.TryGetValue(answer, out var correct)) cache[answer] = correct = isCorrect(answer);
            return correct;
        }
    }

    // A predicate that throws is not caught here: the suite overload is given a GuardedChecker by the grader, which
    // counts the throw as an internal error; swallowing it here would hide the bug.
    private static Func<string, string, bool> SameOrEquivalent(Func<string, string, bool> predicate) => (a, b) =>
        string.Equals(a, b, StringComparison.Ordinal) || predicate(a, b);
}

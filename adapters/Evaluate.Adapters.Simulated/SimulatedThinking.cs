using System.Text;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// The simulated reasoner's thinking, written when a prefix opens <c>&lt;think&gt;</c> (budget forcing) or the
/// <c>think</c> option asks for it: a thought whose length is drawn per problem and sample and grows with difficulty,
/// ending with the answer it reached, then <c>&lt;/think&gt;</c> and the usual solution. Budget forcing moves it in the
/// ways s1 reports: each "Wait" appended to a finished thought adds a re-check with a seeded chance to repair a wrong
/// answer (so accuracy rises with min_thinking and wait), and a thought cut short by a cap is answered right only
/// with a chance that grows with how far it got (so accuracy rises with max_thinking). Every draw is seeded by the
/// problem and sample, so a prefix can be continued from its text alone.
/// </summary>
/// <param name="randomFor">A fresh generator for one purpose, seeded by the problem and sample.</param>
/// <param name="statedAnswer">The answer a right or wrong thought states; null where answers are not single values (Game of 24).</param>
/// <param name="solution">The solution written after the thought, right or wrong.</param>
public sealed class SimulatedThinking(Func<string, Random> randomFor, double difficulty, double successProbability, double verbosity,
    AnswerFormat format, Func<bool, string?> statedAnswer, Func<bool, string> solution)
{
    /// <summary>Chance that one re-check repairs a wrong answer, as a share of the problem's success probability.</summary>
    public const double RepairShare = 0.2;

    /// <summary>Thinking tokens of an easy problem, and what full difficulty adds (before the per-sample spread).</summary>
    public const int BaseTokens = 150;
    public const int DifficultyTokens = 2500;

    private static readonly string[] Musings =
    [
        "Okay, let me restate what the problem gives and what it asks for.",
        "I should set up the quantities carefully before computing anything.",
        "Maybe it is easier to rewrite the condition in another form first.",
        "Let me try substituting the values and simplifying step by step.",
        "Hmm, that expression can be factored, which should make things simpler.",
        "So the next thing is to combine the terms and see what remains.",
        "I need to be careful with the signs in this part of the computation.",
        "Let me think about whether there is a constraint I have not used yet.",
        "Working through the arithmetic gives an intermediate value to carry forward.",
        "That reduces the problem to a smaller equation I can solve directly.",
    ];

    private static readonly string[] Rechecks =
    [
        "Going through the computation once more, line by line.",
        "Substituting the result back into the original condition.",
        "Recomputing the intermediate value from the start.",
        "Checking the edge cases that could break the argument.",
    ];

    /// <summary>Whether the reasoner thinks for this request: a prefix that opens a thought, or the option on a fresh answer.</summary>
    public static bool IsAsked(string? prefix, bool think) => ThoughtPrefix.Parse(prefix) is not null || (think && prefix is null);

    /// <summary>The output for <paramref name="prefix"/> (null: a fresh answer), before stop strings and the token limit cut it.</summary>
    public string Write(string? prefix, bool correct)
    {
        var state = ThoughtPrefix.Parse(prefix);
        var thought = Thought(correct);
        if (state is null) return $"{ThoughtPrefix.Open}\n{thought}\n{ThoughtPrefix.Close}\n\n{solution(correct)}";
        if (!state.Closed)
        {
            // Continue the part the prefix stopped in: the thought itself, or the re-check after its last "Wait".
            var own = state.Waits == 0 ? thought : Recheck(state.Waits, correct);
            var rest = own[Math.Min(state.LastPartLength, own.Length)..];
            return $"{rest}\n{ThoughtPrefix.Close}\n\n{solution(RightAfter(state.Waits, correct))}";
        }
        var right = AnsweredRight(state, thought, correct);
        return state.AsksFinalAnswer && statedAnswer(right) is { } answer ? " " + FinalLine(answer) : solution(right);
    }

    /// <summary>Right after a closed thought: cut before its end, by chance growing with how far it got; else after the re-checks it finished.</summary>
    private bool AnsweredRight(ThoughtPrefix state, string thought, bool correct)
    {
        if (state.Waits == 0 && state.LastPartLength < thought.Length)
            return correct && randomFor("cut").NextDouble() < Math.Sqrt((double)state.LastPartLength / thought.Length);
        var finished = state.Waits > 0 && state.LastPartLength < Recheck(state.Waits, correct).Length ? state.Waits - 1 : state.Waits;
        return RightAfter(finished, correct);
    }

    /// <summary>Whether the answer is right after <paramref name="rechecks"/> forced re-checks; each may repair a wrong one, never break a right one.</summary>
    private bool RightAfter(int rechecks, bool correct)
    {
        var right = correct;
        for (var k = 1; k <= rechecks && !right; k++)
            right = randomFor($"recheck {k}").NextDouble() < RepairShare * successProbability;
        return right;
    }

    private string Thought(bool correct)
    {
        var random = randomFor("thought");
        var tokens = (BaseTokens + DifficultyTokens * Math.Clamp(difficulty, 0, 1)) * verbosity * Math.Exp(0.35 * StandardNormal(random));
        var text = new StringBuilder();
        // About four characters a token, as the approximate counter counts.
        while (text.Length < 4 * tokens) text.Append(Musings[random.Next(Musings.Length)]).Append(' ');
        text.Append(statedAnswer(correct) is { } answer ? $"So the answer is {answer}." : "That gives a way through the puzzle.");
        return text.ToString();
    }

    /// <summary>The re-check after the <paramref name="k"/>-th "Wait"; it reads on from the appended word.</summary>
    private string Recheck(int k, bool correct)
    {
        var random = randomFor($"recheck text {k}");
        var text = new StringBuilder(", let me check that again. ");
        var sentences = 2 + random.Next(3);
        for (var s = 0; s < sentences; s++) text.Append(Rechecks[random.Next(Rechecks.Length)]).Append(' ');
        var (before, after) = (RightAfter(k - 1, correct), RightAfter(k, correct));
        var answer = statedAnswer(after);
        text.Append(before == after
            ? answer is null ? "It holds up." : $"It holds up, so the answer stays {answer}."
            : answer is null ? "One step was wrong, and fixing it fixes the result." : $"One step was wrong; fixing it, the answer is {answer}.");
        return text.ToString();
    }

    private string FinalLine(string answer) => format == AnswerFormat.Hashes ? $"{answer}\n#### {answer}" : $"$\\boxed{{{answer}}}$";

    private static double StandardNormal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}

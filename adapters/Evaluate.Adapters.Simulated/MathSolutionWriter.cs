using System.Text;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// Writes a chain of thought for a math-style problem: a number of steps that grows with difficulty, each a sentence
/// or two drawn from stock phrases with numbers from the problem, then the final answer in the requested format.
/// </summary>
public static class MathSolutionWriter
{
    private static readonly string[] StepPhrases =
    [
        "First, let us identify the quantities given in the problem and what is being asked.",
        "We can rewrite the condition in a more convenient form.",
        "Substituting the known values, we simplify the expression step by step.",
        "Now we combine the terms and collect the common factors.",
        "This reduces the problem to a simpler equation that we can solve directly.",
        "Checking the constraint, the solution must satisfy the original condition.",
        "Using the standard identity here lets us eliminate one of the variables.",
        "Carrying out the arithmetic carefully gives the intermediate result.",
    ];

    public static string Write(string problemText, string answer, AnswerFormat format, int steps, double verbosity, int extraRounds, Random random)
    {
        var numbers = NumbersIn(problemText);
        var text = new StringBuilder();
        for (var s = 0; s < steps; s++)
        {
            text.Append("Step ").Append(s + 1).Append(": ").Append(StepPhrases[random.Next(StepPhrases.Length)]);
            var sentences = Math.Max(1, (int)Math.Round(verbosity * (1 + random.NextDouble())));
            for (var k = 1; k < sentences; k++) text.Append(' ').Append(StepPhrases[random.Next(StepPhrases.Length)]);
            if (numbers.Count > 0)
                text.Append(" With ").Append(numbers[random.Next(numbers.Count)]).Append(" this becomes ").Append(random.Next(2, 99)).Append('.');
            text.Append("\n\n");
        }
        var stated = Final(answer, format);
        text.Append("Therefore, the final answer is ").Append(stated).Append('.');
        for (var r = 0; r < extraRounds; r++) text.Append("\n\n").Append(OverthinkingRounds.Write(r, stated, random));
        if (format == AnswerFormat.Hashes) text.Append("\n#### ").Append(answer);
        return text.ToString();
    }

    private static string Final(string answer, AnswerFormat format) =>
        format == AnswerFormat.Hashes ? answer : $"$\\boxed{{{answer}}}$";

    private static List<string> NumbersIn(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.Length > 4000 ? text[..4000] : text, @"\d+").Select(m => m.Value).Take(20).ToList();
}

using Evaluate.Core.Puzzles.Game24;
namespace Evaluate.Suites.Game24;

/// <summary>
/// The 5-shot IO and chain-of-thought prompts of Tree of Thoughts (Yao et al. 2023; princeton-nlp/tree-of-thought-llm,
/// MIT licence), verbatim so that results compare with the paper's.
/// </summary>
public static class Game24Prompts
{
    public const string Io = """
        Use numbers and basic arithmetic operations (+ - * /) to obtain 24.
        Input: 4 4 6 8
        Answer: (4 + 8) * (6 - 4) = 24
        Input: 2 9 10 12
        Answer: 2 * 12 * (10 - 9) = 24
        Input: 4 9 10 13
        Answer: (13 - 9) * (10 - 4) = 24
        Input: 1 4 8 8
        Answer: (8 / 4 + 1) * 8 = 24
        Input: 5 5 5 9
        Answer: 5 + 5 + 5 + 9 = 24
        Input: {input}

        """;

    public const string Cot = """
        Use numbers and basic arithmetic operations (+ - * /) to obtain 24. Each step, you are only allowed to choose two of the remaining numbers to obtain a new number.
        Input: 4 4 6 8
        Steps:
        4 + 8 = 12 (left: 4 6 12)
        6 - 4 = 2 (left: 2 12)
        2 * 12 = 24 (left: 24)
        Answer: (6 - 4) * (4 + 8) = 24

        Input: 2 9 10 12
        Steps:
        12 * 2 = 24 (left: 9 10 24)
        10 - 9 = 1 (left: 1 24)
        24 * 1 = 24 (left: 24)
        Answer: (12 * 2) * (10 - 9) = 24

        Input: 4 9 10 13
        Steps:
        13 - 10 = 3 (left: 3 4 9)
        9 - 3 = 6 (left: 4 6)
        4 * 6 = 24 (left: 24)
        Answer: 4 * (9 - (13 - 10)) = 24

        Input: 1 4 8 8
        Steps:
        8 / 4 = 2 (left: 1 2 8)
        1 + 2 = 3 (left: 3 8)
        3 * 8 = 24 (left: 24)
        Answer: (1 + 8 / 4) * 8 = 24

        Input: 5 5 5 9
        Steps:
        5 + 5 = 10 (left: 5 9 10)
        10 + 5 = 15 (left: 9 15)
        15 + 9 = 24 (left: 24)
        Answer: ((5 + 5) + 5) + 9 = 24

        Input: {input}

        """;

    public static string Render(string template, string puzzle) => template.Replace("{input}", puzzle, StringComparison.Ordinal);
}

namespace Evaluate.Benchmarks.Grading;

/// <summary>The heaviest hostile inputs of the test suite, by name.</summary>
public static class AdversarialInputs
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["1e999999"] = "1e999999",
        ["power-tower"] = "2^{2^{2^{2^{2^{2}}}}}",
        ["factorial-5000"] = "5000!",
        ["nested-factorial"] = "1000!!!",
        ["braces-10k"] = new string('{', 10_000) + "1" + new string('}', 10_000),
        ["digits-1MB"] = new string('9', 1_000_000),
        ["frac-nested-5000"] = Repeat("\\frac{1}{", 5_000) + "2" + new string('}', 5_000),
        ["long-sum"] = Repeat("x+", 4_000) + "1",
        ["wide-matrix"] = "\\begin{pmatrix}" + Repeat("1&", 3_000) + "1\\end{pmatrix}",
        ["many-boxes"] = Repeat("\\boxed{1} ", 20_000),
        ["answer-words-200KB"] = Repeat("answer ", 30_000),
        ["unclosed-inline-math"] = "The answer is " + Repeat("\\( x ", 20_000),
        ["nested-boxes-20k"] = Repeat("\\boxed{", 20_000) + "1" + new string('}', 20_000),
        ["big-union"] = Repeat("[1,2] \\cup ", 199) + "[1,2]",
        ["long-concluding-sentence"] = Repeat("x is ", 40_000) + "$" + new string('1', 1_500) + "$.",
        // Issue 21 scans: chat-template junk, repeated prompts, a final answer after a box, decimal commas, \text{…}.
        ["template-tokens-200KB"] = Repeat("<|im_start|>", 17_000),
        ["angle-brackets-200KB"] = new string('<', 200_000),
        ["near-tokens-200KB"] = Repeat("<|im_", 40_000),
        ["prompt-lines"] = Repeat("x\nQ: ", 40_000),
        ["final-answers-after-box"] = "\\boxed{1}" + Repeat("final answer ", 15_000),
        ["commas-100k"] = new string(',', 100_000),
        ["digit-commas"] = "1" + Repeat(",5", 50_000),
        ["text-command-storm"] = Repeat("\\text{", 20_000) + "5" + new string('}', 20_000),
        ["escaped-dollars"] = "The answer is $" + Repeat("\\$", 50_000) + "$.",
        // Issue 21: matrix arithmetic (size-checked before computing), relation chains, prose lead-ins.
        ["matrix-product-14x14"] = Matrix(14, "9") + Matrix(14, "9"),
        ["matrix-product-20x20"] = Matrix(20, "9") + Matrix(20, "9"),
        ["matrix-power-14x14^16"] = Matrix(14, "9") + "^{16}",
        ["symbolic-matrix-power"] = Matrix(14, "x") + "^{16}",
        ["long-relation-chain"] = Repeat("x < ", 5_000) + "1",
        ["prose-lead-in-storm"] = Repeat("so ", 20_000) + "x < 1",
    };

    private static string Matrix(int n, string entry) =>
        "\\begin{pmatrix}" + string.Join("\\\\", Enumerable.Repeat(string.Join("&", Enumerable.Repeat(entry, n)), n)) + "\\end{pmatrix}";
}

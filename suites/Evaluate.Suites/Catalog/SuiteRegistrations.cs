using Evaluate.Core.Components;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Gsm8k;
using Evaluate.Suites.Math500;
using Evaluate.Suites.MathFull;
using Evaluate.Suites.OmniMath;
using Evaluate.Suites.Probes;

namespace Evaluate.Suites.Catalog;

/// <summary>
/// The built-in suites with their parameters (<c>game24:prompt=io</c>, <c>math500:extract=flexible</c>). Their
/// factories read the run's <see cref="DataDirectory"/> service. Custom suite files are not registered: a spec ending
/// in .yaml/.yml is a file (see <see cref="SuiteCatalog"/>).
/// </summary>
public static class SuiteRegistrations
{
    private static ComponentParameter Extract(string fallback) =>
        ExtractionParameter.Describe(fallback, "answer extraction: strict (boxed or an answer cue) or flexible (also the last number)");

    public static ComponentRegistry<ISuite> Create() => new ComponentRegistry<ISuite>("suite")
        .Register(new("game24", "Game of 24, test split rows 900-999 (Tree of Thoughts protocol); needs no data file",
            [ComponentParameter.Choice("prompt", "cot", "the paper's 5-shot prompt: cot (steps) or io (answer only)", "cot", "io")],
            (s, c) => new Game24Suite(Data(c), s.Get("prompt") ?? "cot"), "game24:prompt=io"))
        .Register(new("gsm8k", "GSM8K test set (1319 grade-school problems, #### answers)", [Extract("flexible")],
            (s, c) => new Gsm8kSuite(Data(c), ExtractionParameter.Read(s, ExtractionMode.Flexible))))
        .Register(new("math500", "MATH-500 (boxed answers, levels 1-5)", [Extract("strict")],
            (s, c) => new Math500Suite(Data(c), ExtractionParameter.Read(s, ExtractionMode.Strict))))
        .Register(new("omni-math", "Omni-MATH (olympiad problems, difficulty 1-10)", [Extract("strict")],
            (s, c) => new OmniMathSuite(Data(c), ExtractionParameter.Read(s, ExtractionMode.Strict))))
        .Register(new("probes", "200 generated trivial problems (overthinking probes); needs no data", [],
            (_, _) => new ProbesSuite()))
        .Register(new("math", "the full MATH test set (5000 problems; optional download)", [Extract("strict")],
            (s, c) => new MathSuite(Data(c), ExtractionParameter.Read(s, ExtractionMode.Strict))));

    private static DataDirectory Data(ComponentContext context) => context.Require<DataDirectory>("a suite");
}

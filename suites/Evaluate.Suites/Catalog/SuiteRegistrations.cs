using Evaluate.Core.Components;
using Evaluate.Core.Suites;
using Evaluate.Suites.Competitions;
using Evaluate.Suites.Data;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Gsm8k;
using Evaluate.Suites.Math500;
using Evaluate.Suites.MathFull;
using Evaluate.Suites.Minerva;
using Evaluate.Suites.OlympiadBench;
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
    public static ComponentRegistry<ISuite> Create() => new ComponentRegistry<ISuite>("suite")
        .Register<Game24Options>("game24", "Game of 24, test split rows 900-999 (Tree of Thoughts protocol); needs no data file (order=file: 24.csv's order)",
            (o, c) => new Game24Suite(Data(c), o.Prompt, o.Order), "game24:order=file")
        .Register<FlexibleExtractionOptions>("gsm8k", "GSM8K test set (1319 grade-school problems, #### answers)",
            (o, c) => new Gsm8kSuite(Data(c), o.Extract))
        .Register<StrictExtractionOptions>("math500", "MATH-500 (boxed answers, levels 1-5)",
            (o, c) => new Math500Suite(Data(c), o.Extract, o.DecimalComma))
        .Register<StrictExtractionOptions>("omni-math", "Omni-MATH (olympiad problems, difficulty 1-10)",
            (o, c) => new OmniMathSuite(Data(c), o.Extract, o.DecimalComma))
        .Register(new("probes", "200 generated trivial problems (overthinking probes); needs no data", [],
            (_, _) => new ProbesSuite()))
        .Register<StrictExtractionOptions>("math", "the full MATH test set (5000 problems; optional download)",
            (o, c) => new MathSuite(Data(c), o.Extract, o.DecimalComma))
        // The reasoning-model suites: each dated (IDatedSuite) and graded as its upstream evaluation grades it.
        .Register(new("aime24", "AIME 2024 I and II (30 problems, integer answers 0-999; held 2024-02)", [], (_, c) => new Aime24Suite(Data(c))))
        .Register(new("aime25", "AIME 2025 I and II (30 problems, MathArena; held 2025-02-06 and 2025-02-12)", [], (_, c) => MathArenaSuite.Aime25(Data(c))))
        .Register(new("amc23", "AMC 12 2023 (40 problems, numeric answers; held 2023-11)", [], (_, c) => new Amc23Suite(Data(c))))
        .Register(new("hmmt-feb-2025", "HMMT February 2025 (30 problems, MathArena; held 2025-02-15)", [], (_, c) => MathArenaSuite.HmmtFeb2025(Data(c))))
        .Register(new("olympiadbench", "OlympiadBench, English text-only maths (675 problems; published 2024-02)", [], (_, c) => new OlympiadBenchSuite(Data(c))))
        .Register(new("minerva-math", "Minerva Math, MIT OCW problems (272; published 2022-06)", [], (_, c) => new MinervaSuite(Data(c))));

    private static DataDirectory Data(ComponentContext context) => context.Require<DataDirectory>("a suite");
}

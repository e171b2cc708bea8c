using Evaluate.Suites.Custom;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Catalog;

/// <summary>A grader a custom suite can name: its checker (with the default extraction mode) and whether rows need an answer.</summary>
/// <param name="NeedsAnswer">False when the problem itself says what is right (a Game of 24 puzzle).</param>
public sealed record CustomGrader(string Name, Func<ExtractionMode?, IAnswerChecker> Create, bool NeedsAnswer = true);

/// <summary>The graders a custom suite's <c>grader:</c> can name; the first is the default.</summary>
public static class CustomGraderRegistrations
{
    public static IReadOnlyList<CustomGrader> All { get; } =
    [
        new("math", mode => new MathAnswerChecker(mode ?? ExtractionMode.Strict)),
        // GSM8K-style: "#### N", else the last number (flexible), compared as exact rationals.
        new("numeric", mode => new Gsm8kAnswerChecker(mode ?? ExtractionMode.Flexible)),
        new("exact", mode => new ExactAnswerChecker(mode ?? ExtractionMode.Strict)),
        new("choice", mode => new ChoiceAnswerChecker(mode ?? ExtractionMode.Strict)),
        // The puzzle is the problem text ("4 5 6 10"); extraction has one fixed rule ("Answer: …").
        new("game24", _ => new Game24AnswerChecker(), NeedsAnswer: false),
    ];

    public static CustomGrader Default => All[0];

    public static IReadOnlyList<string> Names => All.Select(g => g.Name).ToList();

    public static CustomGrader? Find(string name) => All.FirstOrDefault(g => g.Name == name);
}

using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Custom;

/// <summary>The graders a custom suite can name, each with its default extraction mode.</summary>
public static class CustomGraders
{
    public static readonly string[] Names = ["math", "numeric", "exact", "choice", "game24"];

    public static IAnswerChecker Create(string grader, ExtractionMode? mode) => grader switch
    {
        "math" => new MathAnswerChecker(mode ?? ExtractionMode.Strict),
        // GSM8K-style: "#### N", else the last number (flexible), compared as exact rationals.
        "numeric" => new Gsm8kAnswerChecker(mode ?? ExtractionMode.Flexible),
        "exact" => new ExactAnswerChecker(mode ?? ExtractionMode.Strict),
        "choice" => new ChoiceAnswerChecker(mode ?? ExtractionMode.Strict),
        // The puzzle is the problem text ("4 5 6 10"); extraction has one fixed rule ("Answer: …").
        "game24" => new Game24AnswerChecker(),
        _ => throw new ArgumentException($"unknown grader '{grader}' (known: {string.Join(", ", Names)})"),
    };
}

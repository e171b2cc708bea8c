using System.CommandLine;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate grade`: grade (gold, response) pairs from a JSONL file without any model, streaming line by line.
/// For game24 the `gold` field holds the puzzle ("4 5 6 10"), since the target is always 24.
/// </summary>
public static class GradeCommand
{
    private static readonly string[] Suites = ["math", "gsm8k", "omni-math", "game24"];

    public static Command Create()
    {
        var suite = new Option<string>("--suite") { Description = "Grader: math, gsm8k, omni-math or game24", Required = true };
        suite.AcceptOnlyFromAmong(Suites);
        var input = new Option<string>("--input") { Description = "JSONL with gold, response and optional id per line", Required = true };
        var output = new Option<string?>("--output") { Description = "Verdicts JSONL (default: standard output)" };
        var extract = new Option<string?>("--extract") { Description = "strict or flexible extraction (default: the suite's)" };
        extract.AcceptOnlyFromAmong("strict", "flexible");
        var command = new Command("grade", "Grade (gold, response) pairs with a suite's answer engine; no model is called") { suite, input, output, extract };
        command.SetAction(parse =>
        {
            var grader = Create(parse.GetValue(suite)!, parse.GetValue(extract));
            var inputPath = parse.GetValue(input)!;
            if (!File.Exists(inputPath)) throw new FileNotFoundException($"input file '{inputPath}' not found", inputPath);
            var outputPath = parse.GetValue(output);
            GradingCounts counts;
            using (var inputStream = File.OpenRead(inputPath))
            using (var outputStream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath))
                counts = grader.Grade(inputStream, outputStream, inputPath);
            var summary = $"graded {counts.Graded}: {counts.Correct} correct, {counts.Wrong} wrong, {counts.Unparseable} unparseable, {counts.NoAnswer} without an answer";
            (outputPath is null ? Console.Error : Console.Out).WriteLine(summary);
            return ExitCodes.Success;
        });
        return command;
    }

    private static PairsGrader Create(string suite, string? extract)
    {
        if (suite == "game24")
            return new PairsGrader(new Game24AnswerChecker(), puzzle => new Problem(puzzle, puzzle, "24", ProblemMeta.None));
        if (extract is null) return PairsGrader.ForSuite(suite);
        var mode = extract == "strict" ? ExtractionMode.Strict : ExtractionMode.Flexible;
        IAnswerChecker checker = suite == "gsm8k" ? new Gsm8kAnswerChecker(mode) : new MathAnswerChecker(mode);
        return new PairsGrader(checker);
    }
}

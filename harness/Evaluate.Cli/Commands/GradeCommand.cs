using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Suites.Grading;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate grade`: grade (gold, response) pairs from a JSONL file without any model, streaming line by line.
/// For game24 the `gold` field holds the puzzle ("4 5 6 10"), since the target is always 24.
/// </summary>
public static class GradeCommand
{
    public static Command Create(Registries registries)
    {
        var suite = new Option<string>("--suite") { Description = $"Grader: {registries.Graders.NameList()}", Required = true };
        suite.AcceptOnlyFromAmong([.. registries.Graders.Names]);
        var input = new Option<string>("--input") { Description = "JSONL with gold, response and optional id per line", Required = true };
        var output = new Option<string?>("--output") { Description = "Verdicts JSONL (default: standard output)" };
        var extract = new Option<string?>("--extract") { Description = "strict or flexible extraction (default: the suite's)" };
        extract.AcceptOnlyFromAmong("strict", "flexible");
        var decimalComma = new Option<string?>("--decimal-comma") { Description = "auto or never: whether a lone 1,22 is 1.22 (math and omni-math; default auto)" };
        decimalComma.AcceptOnlyFromAmong("auto", "never");
        var judge = new Option<string?>("--judge") { Description = "Grade the pairs the rules cannot decide (unparseable, no answer) with this judge model (any model adapter spec; a line's optional \"problem\" is quoted to it); see docs/grading.md" };
        var judgeAudit = new Option<string?>("--judge-audit") { Description = "With --judge: the share (0..1) of rule-decided pairs the judge also grades, to measure agreement" };
        var cache = new Option<string?>("--cache") { Description = "With --judge: SQLite response cache for the judge's calls" };
        var seed = new Option<long?>("--seed") { Description = "With --judge-audit: the seed that draws the audited pairs (default 1234)" };
        var command = new Command("grade", "Grade (gold, response) pairs with a suite's answer engine; no model is called unless --judge names one") { suite, input, output, extract, decimalComma, judge, judgeAudit, cache, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var parameters = new Dictionary<string, string>();
            if (parse.GetValue(extract) is { } mode) parameters["extract"] = mode;
            if (parse.GetValue(decimalComma) is { } comma) parameters["decimal_comma"] = comma;
            var spec = new ComponentSpec(parse.GetValue(suite)!, parameters);
            var grader = registries.Graders.Create(spec, new ComponentContext());
            var inputPath = parse.GetValue(input)!;
            Evaluate.Core.Files.TextFiles.RequireRegularFile(inputPath, "--input");
            var outputPath = parse.GetValue(output);
            // Writing verdicts over the pairs being read would destroy the input mid-read.
            if (outputPath is not null && SameFile(inputPath, outputPath))
                throw new UsageException($"--output '{outputPath}' is the --input file: choose another output");
            if (parse.GetValue(judge) is { } judgeSpec)
                return await JudgedGrade.RunAsync(registries, grader, inputPath, outputPath, judgeSpec, parse.GetValue(judgeAudit), parse.GetValue(cache),
                    parse.GetValue(seed), parse.InvocationConfiguration, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(judgeAudit) is not null) throw new UsageException("--judge-audit needs --judge SPEC");
            GradingCounts counts = default!;
            using (var inputStream = new Evaluate.Core.Files.LineLimitedStream(File.OpenRead(inputPath), inputPath, Evaluate.Core.Files.TextFiles.MaxLineBytes))
            {
                // To a file: written under a temporary name and moved into place when complete, so a refused line or a
                // full disk leaves the earlier file (if any) as it was.
                if (outputPath is null)
                {
                    using var standardOutput = Console.OpenStandardOutput();
                    counts = grader.Grade(inputStream, standardOutput, inputPath);
                }
                else Evaluate.Core.Files.OutputFile.Write(outputPath, stream => counts = grader.Grade(inputStream, stream, inputPath));
            }
            var summary = $"graded {counts.Graded}: {counts.Correct} correct, {counts.Wrong} wrong, {counts.Unparseable} unparseable, {counts.NoAnswer} without an answer";
            (outputPath is null ? parse.InvocationConfiguration.Error : parse.InvocationConfiguration.Output).WriteLine(summary);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static bool SameFile(string a, string b)
    {
        static string Resolve(string path)
        {
            var info = new FileInfo(path);
            return Path.GetFullPath((info.LinkTarget is null ? info : info.ResolveLinkTarget(true) ?? info).FullName);
        }
        return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}

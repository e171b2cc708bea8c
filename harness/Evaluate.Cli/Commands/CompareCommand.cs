using System.CommandLine;
using Evaluate.Composition;
using Evaluate.Reports.Comparison;

namespace Evaluate.Cli.Commands;

/// <summary>`evaluate compare BASELINE_DIR CANDIDATE_DIR [--out DIR]`: paired comparison of two runs, read from their files.</summary>
public static class CompareCommand
{
    public static Command Create(Registries registries)
    {
        var baseline = new Argument<string>("BASELINE_DIR") { Description = "The run compared against" };
        var candidate = new Argument<string>("CANDIDATE_DIR") { Description = "The run being judged" };
        var output = new Option<string?>("--out") { Description = "Directory for compare.json (default: the candidate's directory)" };
        var allowMismatch = new Option<bool>("--allow-mismatch") { Description = "Compare even when the problem sets overlap less than --min-overlap" };
        var minOverlap = OverlapFlags.MinOverlap();
        var command = new Command("compare", "Compare two runs problem by problem: flips, per-metric deltas with paired tests (McNemar, sign-flip), bootstrap intervals and the minimal detectable effect")
        {
            baseline, candidate, output, allowMismatch, minOverlap,
        };
        command.SetAction(parse =>
        {
            var comparison = new RunComparer(catalog: registries.MetricCatalog).Compare(RunEvidence.Read(parse.GetValue(baseline)!), RunEvidence.Read(parse.GetValue(candidate)!));
            ProblemOverlapCheck.Require(comparison, parse.GetValue(minOverlap), parse.GetValue(allowMismatch));
            var directory = parse.GetValue(output) ?? parse.GetValue(candidate)!;
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "compare.json");
            ComparisonJsonWriter.Write(comparison, path);
            var writer = parse.InvocationConfiguration.Output;
            writer.Write(ComparisonTextWriter.Write(comparison));
            writer.WriteLine($"Comparison written to {Path.GetFullPath(path)}");
            return ExitCodes.Success;
        });
        return command;
    }
}

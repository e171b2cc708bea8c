using Evaluate.Core;
using Evaluate.Reports.Fidelity;
using Evaluate.Suites.Grading;

namespace Evaluate.Benchmarks.Fidelity;

/// <summary>
/// `dotnet run -c Release --project tests/Evaluate.Benchmarks -- fidelity --cases FILE.jsonl [--flexible]`: grades
/// every case of another grader's material (made by tools/fidelity from upstream files that are not in this
/// repository) with the MATH checker (strict extraction unless --flexible) and prints agreement with its exact interval
/// and every disagreement grouped by cause. A measurement, not a test: the figures go to docs/grading.md.
/// </summary>
public static class FidelityCommand
{
    public static int Run(string[] args)
    {
        try
        {
            var path = args.SkipWhile(a => a != "--cases").Skip(1).FirstOrDefault()
                       ?? throw new UsageException("fidelity: --cases FILE.jsonl is required");
            var mode = args.Contains("--flexible") ? ExtractionMode.Flexible : ExtractionMode.Strict;
            var measurement = FidelityMeasurement.Measure(FidelityCaseFile.Read(path), new MathAnswerChecker(mode));
            Console.WriteLine($"checker: MathAnswerChecker ({mode.ToString().ToLowerInvariant()}); cases: {path}");
            FidelityReport.Write(measurement, Console.Out);
            return 0;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}

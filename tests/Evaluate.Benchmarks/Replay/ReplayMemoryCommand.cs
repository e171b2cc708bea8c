using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Evaluate.Adapters.Replay;
using Evaluate.Core.Problems;
using Evaluate.Suites.Grading;

namespace Evaluate.Benchmarks.Replay;

/// <summary>
/// `dotnet run -c Release --project tests/Evaluate.Benchmarks -- replay-memory [--responses N] [--per-problem M] [--keep FILE]`:
/// writes a replay file of N generated responses (M per problem) to a temporary file, then streams it the way the
/// replay adapter does (index pass, then one record at a time) and grades every response with the MATH checker.
/// Prints responses, time, bytes allocated and the process's peak working set. A measurement, not a timed test.
/// </summary>
public static class ReplayMemoryCommand
{
    public static int Run(string[] args)
    {
        var responses = Option(args, "--responses", 1_000_000);
        var perProblem = Option(args, "--per-problem", 1_000);
        var keep = args.SkipWhile(a => a != "--keep").Skip(1).FirstOrDefault();
        var path = keep ?? Path.Combine(Path.GetTempPath(), $"evaluate-replay-{Guid.NewGuid():N}.jsonl");
        try
        {
            var written = Write(path, responses, perProblem);
            Console.WriteLine($"replay file: {written} responses, {new FileInfo(path).Length / 1e6:0.0} MB");
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var file = ReplayFile.Open(path);
            var checker = new MathAnswerChecker();
            long graded = 0, correct = 0;
            foreach (var entry in file.Entries)
            {
                var record = file.Read(entry.Id);
                var problem = new Problem(entry.Id, entry.Problem!, entry.Gold!, ProblemMeta.None);
                foreach (var response in record.Responses)
                {
                    graded++;
                    if (checker.Grade(problem, checker.Extract(response)).Correct) correct++;
                }
            }
            clock.Stop();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            Console.WriteLine($"graded {graded} responses ({correct} correct) in {clock.Elapsed.TotalSeconds:0.0} s");
            Console.WriteLine($"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6:0} MB in total (garbage collected as it goes)");
            Console.WriteLine($"peak working set {self.PeakWorkingSet64 / 1e6:0} MB; index of {file.Entries.Count} problems");
            return 0;
        }
        finally
        {
            if (keep is null) File.Delete(path);
        }
    }

    private static long Write(string path, int responses, int perProblem)
    {
        using var writer = new StreamWriter(path);
        long written = 0;
        for (var p = 0; written < responses; p++)
        {
            var count = (int)Math.Min(perProblem, responses - written);
            var gold = (p % 97) + 1;
            var texts = new string[count];
            var scores = new double[count];
            for (var i = 0; i < count; i++)
            {
                var answer = i % 3 == 0 ? gold + 1 : gold;
                texts[i] = $"We add the numbers step by step, which gives {answer}. So the answer is $\\boxed{{{answer}}}$.";
                scores[i] = (i % 10) / 10.0;
            }
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"q{p}", problem = $"What is {gold - 1} + 1? (problem {p})", gold = gold.ToString(CultureInfo.InvariantCulture),
                responses = texts, scores,
            }));
            written += count;
        }
        return written;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);
    }
}

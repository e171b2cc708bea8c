using System.CommandLine;
using System.Text.Json;
using Evaluate.Composition;
using Evaluate.Composition.Traces;
using Evaluate.Core;
using Evaluate.Core.Running;
using Evaluate.Core.Traces;
using Evaluate.Core.Traces.Export;
using Evaluate.Core.Traces.Solver;
using Evaluate.Suites.Data;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate export-traces RUN_DIR --format F --out FILE` and `evaluate export-traces --solver game24 --split S --out
/// FILE`: search traces as training examples, one JSON object a line (docs/traces.md). The output is written whole or
/// not at all, and an existing file is never replaced.
/// </summary>
public static class ExportTracesCommand
{
    /// <summary>--solver names the suite whose solver it is.</summary>
    private static readonly string Game24Solver = new Evaluate.Suites.Game24.Game24Suite(null).Name;

    public static Command Create()
    {
        var runDirectory = new Argument<string?>("RUN_DIR") { Description = "A run directory holding traces.jsonl (run … --traces); omit with --solver", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("--out") { Description = "The JSONL file to write (refused when it exists)", Required = true };
        var format = new Option<string>("--format") { Description = $"How each trace is written: {TraceFormats.Names} (default sos)", DefaultValueFactory = _ => SosFormat.FormatName };
        format.AcceptOnlyFromAmong([.. TraceFormats.All.Select(f => f.Name)]);
        var solvedOnly = new Option<bool>("--solved-only") { Description = "Only traces whose search ended in a correct answer" };
        var pathOnly = new Option<bool>("--path-only") { Description = "Only the path from the root to the solution (the clean chain-of-thought baseline); traces without a solution are left out" };
        var maxTokens = new Option<int?>("--max-tokens") { Description = "Leave out examples longer than N tokens (dropped, never cut)" };
        var dedupe = new Option<bool>("--dedupe") { Description = "Write an example whose text equals an earlier one's only once" };
        var tokenizer = new Option<string>("--tokenizer") { Description = "Tokenizer counting each example's tokens: o200k_base (default), o200k_harmony, approx", DefaultValueFactory = _ => "o200k_base" };
        var solver = new Option<string?>("--solver") { Description = $"Write the exact solver's search traces instead of a run's: {Game24Solver}" };
        solver.AcceptOnlyFromAmong(Game24Solver);
        var split = new Option<string?>("--split") { Description = "With --solver: train (every solvable puzzle the suite does not evaluate) or test (the suite's evaluation split)" };
        split.AcceptOnlyFromAmong(Game24TraceSplit.TrainName, Game24TraceSplit.TestName);
        var order = new Option<string>("--order") { Description = "With --solver: dfs (default) or bfs", DefaultValueFactory = _ => "dfs" };
        order.AcceptOnlyFromAmong("dfs", "bfs");
        var prune = new Option<string>("--prune") { Description = "With --solver: reachable (default: drop every state that cannot reach 24), lookahead (drop two numbers that cannot make 24 in one step: more backtracking) or none", DefaultValueFactory = _ => "reachable" };
        prune.AcceptOnlyFromAmong("none", "lookahead", "reachable");
        var seed = new Option<int>("--seed") { Description = "With --solver: seeds the order each state's steps are tried in (default 1)", DefaultValueFactory = _ => 1 };
        var beam = new Option<int>("--beam") { Description = "With --solver --order bfs: states expanded per level (default 5)", DefaultValueFactory = _ => 5 };
        var limit = new Option<int?>("--limit") { Description = "With --solver: only the first N puzzles of the split" };
        var data = new Option<string?>("--data") { Description = "With --solver: dataset directory; when it holds game24/24.csv, the file order's test split is held out too (default: $EVALUATE_DATA, else the user cache)" };
        var command = new Command("export-traces", "Export search traces (run --traces, or the Game of 24 solver's) as training examples: sos, meta-cot or jsonl-tree")
        {
            runDirectory, output, format, solvedOnly, pathOnly, maxTokens, dedupe, tokenizer, solver, split, order, prune, seed, beam, limit, data,
        };
        Option[] solverOnly = [split, order, prune, seed, beam, limit, data];
        command.SetAction(parse =>
        {
            var outPath = parse.GetValue(output)!;
            if (File.Exists(outPath) || Directory.Exists(outPath))
                throw new UsageException($"{outPath} already exists: export-traces never overwrites a file; choose another --out or remove it first");
            if (parse.GetValue(maxTokens) is < 1) throw new UsageException("--max-tokens must be at least 1");
            var options = new TraceExportOptions
            {
                Format = TraceFormats.Get(parse.GetValue(format)!),
                Tokens = Tokenizers.Create(parse.GetValue(tokenizer)!).Counter,
                SolvedOnly = parse.GetValue(solvedOnly),
                PathOnly = parse.GetValue(pathOnly),
                MaxTokens = parse.GetValue(maxTokens),
                Dedupe = parse.GetValue(dedupe),
            };
            var exporter = new TraceExporter(options);
            var run = parse.GetValue(runDirectory);
            var solverName = parse.GetValue(solver);
            IEnumerable<TraceExample> examples;
            string? note = null;
            if (solverName is null)
            {
                if (run is null) throw new UsageException($"export-traces needs RUN_DIR (a run made with --traces) or --solver {Game24Solver}");
                if (solverOnly.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } stray)
                    throw new UsageException($"{stray.Name} applies only with --solver");
                examples = FromRun(run, TraceFile.ReadRun(run), exporter);
            }
            else
            {
                if (run is not null) throw new UsageException($"give RUN_DIR or --solver, not both ({run} and --solver {solverName})");
                var splitName = parse.GetValue(split) ?? throw new UsageException($"--solver {Game24Solver} needs --split train or --split test");
                if (parse.GetValue(beam) < 1) throw new UsageException("--beam must be at least 1");
                if (parse.GetValue(limit) is < 1) throw new UsageException("--limit must be at least 1");
                var dataDirectory = DataDirectory.Resolve(parse.GetValue(data));
                var puzzles = Game24TraceSplit.Create(dataDirectory);
                var tracer = new Game24SolverTracer(new Game24SolverTraceOptions
                {
                    Order = parse.GetValue(order) == "bfs" ? Game24SearchOrder.Bfs : Game24SearchOrder.Dfs,
                    Pruning = Enum.Parse<Game24Pruning>(parse.GetValue(prune)!, ignoreCase: true),
                    Seed = parse.GetValue(seed),
                    Beam = parse.GetValue(beam),
                }, Game24Solver);
                var chosen = puzzles.Puzzles(splitName).Take(parse.GetValue(limit) ?? int.MaxValue).ToList();
                note = $"{Game24Solver} {splitName}: {chosen.Count} puzzle(s); held out: the test split of order {string.Join(" and ", puzzles.HeldOutOrders)} " +
                       $"({puzzles.Test.Count} puzzles), train {puzzles.Train.Count}";
                examples = chosen.Select((puzzle, index) => exporter.Export(tracer.Trace(puzzle, index), splitName, $"{Game24Solver} puzzle {puzzle}")).OfType<TraceExample>();
            }
            Core.Files.OutputFile.WriteText(outPath, writer =>
            {
                foreach (var example in examples)
                {
                    writer.Write(JsonSerializer.Serialize(example, ResultJson.Lines));
                    writer.Write('\n');
                }
            });
            var console = parse.InvocationConfiguration.Output;
            if (note is not null) console.WriteLine(note);
            console.WriteLine($"{exporter.Counts.Describe(options.Format.Name, options.Tokens.Name)} to {outPath}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<TraceExample> FromRun(string runDirectory, IEnumerable<(int Line, SearchTrace Trace)> traces, TraceExporter exporter)
    {
        var file = Path.Combine(runDirectory, TraceFile.FileName);
        foreach (var (line, trace) in traces)
            if (exporter.Export(trace, split: null, $"{file}:{line}") is { } example)
                yield return example;
    }
}

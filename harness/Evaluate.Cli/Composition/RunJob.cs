using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Evaluate.Adapters.Replay;
using Evaluate.Adapters.Rewards;
using Evaluate.Adapters.Simulated;
using Evaluate.Cli.Terminal;
using Evaluate.Core.Analysis;
using Evaluate.Core.Components;
using Evaluate.Core.Metrics;
using Evaluate.Core.Plans;
using Evaluate.Core.Running;
using Evaluate.Core.Search;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Reports.Writers;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Data;
using Spectre.Console;

namespace Evaluate.Cli.Composition;

/// <summary>
/// Turns a resolved plan into cells, runs them, and writes the summary files. The CLI's `run` verb and the tests
/// both go through here, so what the tests check is what users run.
/// </summary>
public sealed class RunJob(RunPlan plan, string? dataFlag, string? outFlag, bool resume, TextWriter output)
{
    public string? OutputDirectory { get; private set; }
    public RunSummary? Summary { get; private set; }

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var catalog = new SuiteCatalog(DataDirectory.Resolve(dataFlag));
        var tokenizer = Tokenizers.Create(plan.Tokenizer);
        var cells = BuildCells(catalog, tokenizer.Counter);
        if (cells.Count == 0) throw new ArgumentException("the plan has nothing to run (no suite with data present)");
        OutputDirectory = outFlag ?? Path.Combine("results", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Sanitise(plan.Name)}");
        var settings = new RunSettings
        {
            RunName = plan.Name, OutputDirectory = OutputDirectory, Seed = plan.Seed, Concurrency = plan.Concurrency,
            MaxTokens = plan.MaxTokens, Budget = new ComputeBudget(plan.MaxTokensPerProblem, plan.MaxCallsPerProblem), Resume = resume,
        };
        var files = new ResultFiles(settings.OutputDirectory);
        var manifest = new RunManifest
        {
            Tool = "evaluate", ToolVersion = ToolVersion, Run = plan.Name, Plan = plan,
            Cells = cells.Select(CellManifest.Of).ToList(),
            Datasets = cells.SelectMany(c => c.Suite.DataFiles).Distinct().ToList(),
        };
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var complete = false;
        try
        {
            await RunWithProgressAsync(settings, cells, new ResponseAnalyzer(tokenizer.Positions), cancellationToken).ConfigureAwait(false);
            complete = true;
        }
        finally
        {
            // Interrupted or not, everything finished so far is summarised.
            Summary = RunSummary.Build(RunResult.Read(files, manifest, complete, withText: false));
            SummaryJsonWriter.Write(Summary, files.Summary);
            SummaryCsvWriter.Write(Summary, files.SummaryCsv);
            WriteRunInfo(files.RunInfo, started, clock.Elapsed, complete);
        }
        ResultsTable.Print(Summary!, output, ConsoleMode.IsPlain);
        output.WriteLine($"Results written to {Path.GetFullPath(OutputDirectory)}");
        return ExitCodes.Success;
    }

    public static string ToolVersion =>
        typeof(RunJob).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private List<RunCell> BuildCells(SuiteCatalog catalog, Core.Models.ITokenCounter tokenCounter)
    {
        var selection = new ProblemSelection
        {
            Split = plan.Split,
            Ids = plan.Ids?.ToHashSet(),
            Levels = plan.Levels?.ToHashSet(),
            MinDifficulty = plan.MinDifficulty,
            MaxDifficulty = plan.MaxDifficulty,
            Limit = plan.Limit,
        };
        var aggregation = StepAggregations.Parse(plan.StepAggregate);
        var replay = OpenReplayFile();
        var suites = new List<(ISuite Suite, IReadOnlyList<Core.Problems.Problem> Problems)>();
        foreach (var spec in plan.Suites.Select(ComponentSpec.Parse))
        {
            if (!catalog.IsAvailable(spec.Name) && plan.SkipMissingSuites && SuiteCatalog.BuiltInNames.Contains(spec.Name))
            {
                output.WriteLine($"note: skipping suite '{spec.Name}': its data is not in {catalog.Data.Path} ({catalog.Data.Origin})");
                continue;
            }
            // With a replay model the problems are the replay file's records (see ReplaySuite).
            var suite = replay is null ? catalog.Create(spec) : new ReplaySuite(catalog.Create(spec), replay);
            suites.Add((suite, suite.Load(selection)));
        }
        // The simulated reasoner needs to know exactly the problems this run poses; they are loaded already.
        var models = new ModelFactory(
            () => new KnownProblems(suites.SelectMany(s => s.Problems.Select(p => new KnownProblem(s.Suite.Name, p)))), tokenCounter);
        var strategies = plan.Strategies.Select(ComponentSpec.Parse).Select(s => s.Name == "replay"
            ? new ReplayStrategy(replay ?? throw new ArgumentException("strategy 'replay' needs a replay model (--model replay:FILE)"), aggregation)
            : StrategyCatalog.Create(s, plan.N, plan.Temperature)).ToList();
        ReplayModel? replayModel = null;
        var cells = new List<RunCell>();
        var skipped = new List<string>();
        foreach (var model in plan.Models.Select(m => ReplaySpec.TryParse(m, out _)
                     ? replayModel ??= new ReplayModel(replay!, suites, tokenCounter)
                     : models.Create(ComponentSpec.Parse(m), plan.ModelName, plan.BaseUrl)))
            foreach (var (suite, problems) in suites)
            {
                var reward = plan.Reward is null ? null : RewardCatalog.Create(ComponentSpec.Parse(plan.Reward), suite, plan.Seed, model);
                foreach (var strategy in strategies)
                {
                    var misfit = (strategy as IStrategyRequirements)?.CannotRun(suite, reward);
                    if (misfit is null) cells.Add(new RunCell(model, suite, problems, strategy, reward));
                    else skipped.Add($"{strategy.Descriptor.Name} on {suite.Name}: {misfit}");
                }
            }
        // Validation before running: a strategy that cannot run on a suite is skipped with a note, and a plan
        // where nothing can run is a usage error that names every reason.
        if (cells.Count == 0 && skipped.Count > 0)
            throw new ArgumentException("nothing can run: " + string.Join("; ", skipped.Distinct()));
        foreach (var note in skipped.Distinct()) output.WriteLine($"note: skipping {note}");
        return cells;
    }

    /// <summary>The replay file named by a <c>replay:FILE</c> model, indexed once; null without one. One per run.</summary>
    private ReplayFile? OpenReplayFile()
    {
        var files = plan.Models.Select(m => ReplaySpec.TryParse(m, out var file) ? file : null).OfType<string>().Distinct().ToList();
        if (files.Count > 1) throw new ArgumentException($"one replay file per run, got {string.Join(", ", files)}");
        return files.Count == 0 ? null : ReplayFile.Open(files[0]);
    }

    private async Task RunWithProgressAsync(RunSettings settings, List<RunCell> cells, ResponseAnalyzer analyzer, CancellationToken cancellationToken)
    {
        if (ConsoleMode.IsPlain || !ReferenceEquals(output, Console.Out))
        {
            await new EvaluationRunner(settings, new PlainProgress(output), analyzer).RunAsync(cells, cancellationToken).ConfigureAwait(false);
            return;
        }
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(ctx => new EvaluationRunner(settings, new SpectreProgress(ctx), analyzer).RunAsync(cells, cancellationToken)).ConfigureAwait(false);
    }

    private static void WriteRunInfo(string path, DateTimeOffset started, TimeSpan elapsed, bool complete)
    {
        var info = new OrderedDictionary<string, object?>
        {
            ["started_utc"] = started.ToString("O", CultureInfo.InvariantCulture),
            ["duration_seconds"] = elapsed.TotalSeconds,
            ["complete"] = complete,
            ["tool_version"] = ToolVersion,
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["processors"] = Environment.ProcessorCount,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(info, ResultJson.Indented) + "\n");
    }

    private static string Sanitise(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Evaluate.Adapters.Cache;
using Evaluate.Adapters.Simulated;
using Evaluate.Core;
using Evaluate.Core.Analysis;
using Evaluate.Core.Components;
using Evaluate.Core.Exporters;
using Evaluate.Core.Metrics;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;
using Evaluate.Core.Results;
using Evaluate.Core.Running;
using Evaluate.Core.Search;
using Evaluate.Core.Strategies;
using Evaluate.Core.Strategies.Budgets;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Data;
using Evaluate.Suites.Downloads;

namespace Evaluate.Composition;

/// <summary>
/// Turns a resolved plan into cells, runs them, and writes the results through the registered exporters. Everything
/// that can be checked is checked before the first model call (plan values, every component spec, the output
/// directory, on resume the run's fingerprint), and a refused run writes nothing. The CLI's `run` and `replay` verbs
/// and the tests all go through here, so what the tests check is what users run.
/// </summary>
public sealed class RunJob(RunPlan plan, Registries registries, RunJobOptions options)
{
    private Core.Grading.Reasking.ReaskSettings? _reask;

    public string? OutputDirectory { get; private set; }
    public RunSummary? Summary { get; private set; }

    /// <summary>The error of the first errored problem in the results, if any.</summary>
    public string? FirstError { get; private set; }

    /// <summary>The grading judge (--judge), built with the cells; null without one.</summary>
    private IModelAdapter? _judge;

    /// <summary>Runs the plan; returns normally when every problem was attempted (errors included).</summary>
    public async Task RunAsync(IRunProgress progress, CancellationToken cancellationToken)
    {
        registries.PlanKeys.Check(plan);
        foreach (var warning in registries.PlanKeys.Warnings(plan)) options.Output.WriteLine($"warning: {warning}");
        var catalog = new SuiteCatalog(DataDirectory.Resolve(options.Data), registries.Suites);
        var tokenizer = Tokenizers.Create(plan.Tokenizer);
        var cells = BuildCells(catalog, tokenizer.Counter);
        try
        {
            if (cells.Count == 0) throw new UsageException("the plan has nothing to run (no suite with data present)");
            OutputDirectory = options.Out ?? Path.Combine("results", $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Sanitise(plan.Name)}");
            var files = new ResultFiles(OutputDirectory);
            var prices = RunPrices.Of(plan, cells, options.Output);
            var judgePrice = Judging.JudgePrice.Of(plan, _judge, options.Output);
            var datasets = cells.SelectMany(c => c.Suite.DataFiles).Distinct().ToList();
            // Refusals come first: nothing on disk is touched by a run that does not start.
            var unverified = DatasetPins.Check(datasets, catalog.Data, options.AllowUnverifiedData);
            foreach (var file in unverified)
                options.Output.WriteLine($"warning: {file.File}: SHA-256 {file.Sha256} does not match its pin {file.PinnedSha256}; used anyway (--allow-unverified-data)");
            var manifest = new RunManifest
            {
                // The plan as its keys record it (credentials in a URL never reach a result file).
                Tool = "evaluate", ToolVersion = ToolVersion, Run = plan.Name, Plan = registries.PlanKeys.ForManifest(plan),
                Cells = cells.Select(CellManifest.Of).ToList(),
                Datasets = datasets, Prices = prices, JudgePrice = judgePrice,
            }.WithIdentity() with { Shard = options.Shard, UnverifiedData = options.AllowUnverifiedData ? unverified : null };
            // The lock before the guard: a second run or resume of this directory is refused while this one writes.
            if (File.Exists(files.Directory)) throw new UsageException($"--out '{files.Directory}' is a file, not a directory: choose another --out");
            Directory.CreateDirectory(files.Directory);
            using var runLock = RunDirectoryLock.Acquire(files.Directory, options.Output);
            var earlier = OutputGuard.Check(files, manifest, options.Resume);
            // A resumed run keeps the manifest it started with (same identity; its summary is the uninterrupted run's).
            if (File.Exists(files.Manifest)) manifest = earlier!;
            else ManifestFile.Write(files.Manifest, manifest);
            if (!File.Exists(files.Prompts)) PromptsFile.Write(files.Prompts, Prompts(cells));

            var settings = new RunSettings
            {
                RunName = plan.Name, OutputDirectory = OutputDirectory, Seed = plan.Seed, Concurrency = plan.Concurrency,
                MaxTokens = plan.MaxTokens, Budget = new ComputeBudget(plan.MaxTokensPerProblem, plan.MaxCallsPerProblem), Resume = options.Resume,
                RetryErrors = plan.RetryErrors, ProblemTimeout = plan.ProblemTimeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null, MaxErrors = plan.MaxErrors is null ? ErrorLimit.Default : ErrorLimit.Parse(plan.MaxErrors),
                Shard = options.Shard, MaxCost = plan.MaxCost is { } maxCost ? new Core.Costs.CostWatch(maxCost, prices!) : null,
                Reask = _reask,
                Traces = Core.Traces.TracePlanKeys.IsOn(plan),
                GradingStages = _judge is null ? [] : [Judging.JudgeModel.Stage(_judge, plan)],
            };
            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var complete = false;
            var noSpace = false;
            try
            {
                await new EvaluationRunner(settings, progress, new ResponseAnalyzer(tokenizer.Positions)).RunAsync(cells, cancellationToken).ConfigureAwait(false);
                complete = true;
            }
            catch (IOException e) when (Core.Files.NoSpace.Is(e))
            {
                noSpace = true;
                throw;
            }
            finally
            {
                // On a full disk the summary is tried but its failure must not hide the first one, which names the file.
                try { Summarise(files, manifest, complete, started, clock.Elapsed, cells); }
                catch (IOException e) when (noSpace && Core.Files.NoSpace.Is(e)) { }
            }
        }
        finally
        {
            await DisposeModelsAsync(cells).ConfigureAwait(false);
            await ReaskModel.DisposeAsync(_reask).ConfigureAwait(false);
            if (_judge is IDisposable judge) judge.Dispose();
        }
    }

    /// <summary>Summarises what the run finished (interrupted, failed or not) and writes it through the exporters.</summary>
    private void Summarise(ResultFiles files, RunManifest manifest, bool complete, DateTimeOffset started, TimeSpan elapsed, List<RunCell> cells)
    {
        var result = RunResult.Read(files, manifest, complete);
        var metrics = registries.MetricCatalog;
        Summary = RunSummary.Build(result, metrics);
        FirstError = result.Problems.FirstOrDefault(p => p.Error is not null)?.Error;
        InternalErrorWarning.Write(result.Problems, options.Output);
        var target = new ExportTarget(files.Directory, options.Output, options.Plain, metrics);
        foreach (var name in registries.Exporters.Names)
            registries.Exporters.Create(name, new ComponentContext { Plan = plan }).Export(Summary, target);
        WriteRunInfo(files.RunInfo, started, elapsed, complete, plan.Concurrency, EndpointTraffic.Of(cells, options.Output));
    }

    /// <summary>Each suite's prompt for each problem of the plan (every shard writes the same file).</summary>
    private static IEnumerable<PromptRecord> Prompts(IEnumerable<RunCell> cells) =>
        cells.DistinctBy(c => c.Suite.Name).SelectMany(c => c.Problems.Select(p =>
            new PromptRecord(c.Suite.Name, p.Id, c.Suite.RenderPrompt(p).Select(PromptMessage.Of).ToList())));

    public static string ToolVersion =>
        typeof(RunJob).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private List<RunCell> BuildCells(SuiteCatalog catalog, ITokenCounter tokenCounter)
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
        var modelSpecs = plan.Models.Select(registries.ParseModel).ToList();
        var strategySpecs = plan.Strategies.Select(ComponentSpec.Parse).ToList();
        var rewardSpec = plan.Reward is null ? null : ComponentSpec.Parse(plan.Reward);
        // Every spec is checked before any data is read or any component built.
        foreach (var spec in modelSpecs) registries.Models.Validate(spec);
        foreach (var spec in strategySpecs) registries.Strategies.Validate(spec);
        // A budget sweep: each strategy once per budget (checked here too, before anything is built).
        var sweep = BudgetSweep.Expand(strategySpecs, plan.Budgets, registries.Strategies);
        if (rewardSpec is not null) registries.Rewards.Validate(rewardSpec);
        var judgeSpec = Judging.JudgeModel.Spec(plan, registries);

        var recorded = OpenRecordedAnswers(modelSpecs);
        var suites = new List<(ISuite Suite, IReadOnlyList<Core.Problems.Problem> Problems)>();
        foreach (var spec in plan.Suites.Select(ComponentSpec.Parse))
        {
            if (!catalog.IsAvailable(spec.Name) && plan.SkipMissingSuites && registries.Suites.Contains(spec.Name))
            {
                options.Output.WriteLine($"note: skipping suite '{spec.Name}': its data is not in {catalog.Data.Path} ({catalog.Data.Origin})");
                continue;
            }
            // With a recorded-answers model (replay) the problems are the records.
            var suite = recorded is null ? catalog.Create(spec) : recorded.Over(catalog.Create(spec));
            // A protocol's prompt suffix (prompt_suffix) ends every prompt of the suite, whatever the strategy.
            suite = PromptSuffixSuite.Over(suite, plan.PromptSuffix);
            suites.Add((suite, suite.Load(selection)));
        }
        CheckSelection(suites);
        var services = ComponentServices.Empty
            .With(tokenCounter)
            .With(catalog.Data)
            // The simulated reasoner needs to know exactly the problems this run poses; they are loaded already.
            .With(new Lazy<KnownProblems>(() => new KnownProblems(suites.SelectMany(s => s.Problems.Select(p => new KnownProblem(s.Suite.Name, p, s.Suite.AnswerForm))))));
        if (recorded is not null) services = recorded.Provide(services, suites, tokenCounter);
        var context = new ComponentContext { Plan = plan, Services = services };

        var strategies = sweep.Select(s => s.Create(registries.Strategies, context)).ToList();
        // n_per_suite (a protocol's n per suite): the sampling strategies of a listed suite take its n as their plan default.
        var sampleCounts = Core.Protocols.SuiteSampleCounts.Parse(plan.NPerSuite);
        var strategiesBySuite = new Dictionary<string, List<(IStrategy Strategy, CellBudget? Budget)>>(StringComparer.Ordinal);
        List<(IStrategy Strategy, CellBudget? Budget)> StrategiesFor(ISuite suite) => !sampleCounts.TryGetValue(suite.Name, out var n) ? strategies
            : strategiesBySuite.TryGetValue(suite.Name, out var made) ? made
            : strategiesBySuite[suite.Name] = sweep.Select(s => s.Create(registries.Strategies, context with { Plan = plan with { N = n } })).ToList();
        var cells = new List<RunCell>();
        var skipped = new List<string>();
        var cache = plan.Cache is null ? null : new ResponseCache(plan.Cache);
        // Recorded answers ask no model: caching them would only serve an edited file's old responses.
        var models = modelSpecs.Select(m => registries.Models.Create(m, context)).Select(m => cache is null || recorded is not null ? m : new CachingModel(m, cache)).ToList();
        _reask = ReaskModel.Create(plan, registries, context, cache, recorded is not null);
        _judge = judgeSpec is null ? null : Judging.JudgeModel.Create(judgeSpec, plan, registries, context, cache);
        // A sweep's max_tokens wrapper hides nothing a model refusal needs: the wrapped strategy is asked.
        RefuseMisfits(strategies.Select(s => s.Strategy is BudgetedStrategy budgeted ? budgeted.Inner : s.Strategy), models);
        foreach (var model in models)
            foreach (var (suite, problems) in suites)
            {
                var reward = rewardSpec is null ? null : registries.Rewards.Create(rewardSpec, context with { Suite = suite, Model = model });
                foreach (var (strategy, budget) in StrategiesFor(suite))
                {
                    var misfit = (strategy as IStrategyRequirements)?.CannotRun(suite, reward);
                    if (misfit is null) cells.Add(new RunCell(model, suite, problems, strategy, reward) { Budget = budget });
                    else skipped.Add($"{strategy.Descriptor.Name} on {suite.Name}: {misfit}");
                }
            }
        // Validation before running: a strategy that cannot run on a suite is skipped with a note, and a plan
        // where nothing can run is a usage error that names every reason.
        if (cells.Count == 0 && skipped.Count > 0)
            throw new UsageException("nothing can run: " + string.Join("; ", skipped.Distinct()));
        foreach (var note in skipped.Distinct()) options.Output.WriteLine($"note: skipping {note}");
        return cells;
    }

    /// <summary>
    /// A strategy that cannot run on a model (budget forcing on a chat-only endpoint) refuses the run before anything is
    /// written: no cell of that model could measure anything, so skipping it would only hide the mistake.
    /// </summary>
    private static void RefuseMisfits(IEnumerable<IStrategy> strategies, IEnumerable<IModelAdapter> models)
    {
        foreach (var model in models)
            foreach (var strategy in strategies)
                if ((strategy as IModelRequirements)?.CannotRunOn(model) is { } reason)
                    throw new UsageException($"strategy '{strategy.Descriptor.Name}' cannot run on model '{model.Descriptor}': {reason}");
    }

    /// <summary>
    /// A selection that matches nothing is a mistake, not an empty result: ids that no suite has are named (with the
    /// closest real ids), and a suite whose selection is empty is refused unless ids were given for another suite.
    /// </summary>
    private void CheckSelection(List<(ISuite Suite, IReadOnlyList<Core.Problems.Problem> Problems)> suites)
    {
        if (plan.Ids is { } ids)
        {
            var known = suites.SelectMany(s => s.Problems.Select(p => p.Id)).ToHashSet(StringComparer.Ordinal);
            var missing = ids.Where(id => !known.Contains(id)).ToList();
            if (missing.Count > 0)
                throw new UsageException($"ids (--ids) names problems no selected suite has: {string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", …" : "")}");
            return;
        }
        foreach (var (suite, problems) in suites)
            if (problems.Count == 0)
                throw new UsageException($"suite '{suite.Name}': the selection (split, level, min/max difficulty, limit) matches no problem");
    }

    /// <summary>
    /// The records of a model that declares recorded answers (a replay file), opened and indexed once; null without
    /// one. One per run: they decide which problems the run poses.
    /// </summary>
    private IRecordedAnswers? OpenRecordedAnswers(IEnumerable<ComponentSpec> modelSpecs)
    {
        var found = modelSpecs.SelectMany(m => registries.RecordedAnswers.Where(r => r.Model == m.Name).Select(r => (Registration: r, Spec: m)))
            .DistinctBy(f => f.Spec.ToString()).ToList();
        if (found.Count > 1) throw new UsageException($"one replay file per run, got {string.Join(", ", found.Select(f => f.Spec.Get("file") ?? f.Spec.ToString()))}");
        return found.Count == 0 ? null : found[0].Registration.Open(found[0].Spec);
    }

    /// <summary>Models that hold resources (HTTP clients, native sessions) are released when the run ends.</summary>
    private static async Task DisposeModelsAsync(IEnumerable<RunCell> cells)
    {
        foreach (var model in cells.Select(c => c.Model).Distinct())
        {
            if (model is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            else if (model is IDisposable disposable) disposable.Dispose();
        }
    }

    private static void WriteRunInfo(string path, DateTimeOffset started, TimeSpan elapsed, bool complete, int concurrency, IReadOnlyList<EndpointStatistics>? endpoints)
    {
        var info = new OrderedDictionary<string, object?>
        {
            ["started_utc"] = started.ToString("O", CultureInfo.InvariantCulture),
            ["duration_seconds"] = elapsed.TotalSeconds,
            ["complete"] = complete,
            ["concurrency"] = concurrency,
            ["tool_version"] = ToolVersion,
            ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            ["processors"] = Environment.ProcessorCount,
        };
        if (endpoints is not null) info["endpoints"] = endpoints;
        Core.Files.OutputFile.WriteAllText(path, JsonSerializer.Serialize(info, ResultJson.Indented) + "\n");
    }

    private static string Sanitise(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}

using System.Diagnostics;
using System.Text.Json;
using Evaluate.Core.Analysis;
using Evaluate.Core.Models;
using Evaluate.Core.Strategies;

namespace Evaluate.Core.Running;

/// <summary>
/// Runs cells one after another; within a cell, problems run with bounded concurrency. Results are appended in
/// problem order (a reorder buffer holds early finishers), so the same seed writes the same bytes at any concurrency.
/// On cancellation every finished problem is still written, then the cancellation propagates.
/// A problem whose model calls fail (<see cref="ModelCallException"/>) is recorded with its error and the run goes
/// on; any other exception is a bug (in a strategy, a grader, an adapter) and fails the run loudly, after the
/// problems finished so far are written. The one exception to that: a checker that throws is counted in the records
/// (<c>internal_errors</c>, see <see cref="Suites.GuardedChecker"/>) so one grading bug does not end a run of hours.
/// </summary>
/// <param name="analyzer">Splits responses into solution rounds; by default with the approximate token counter.</param>
public sealed class EvaluationRunner(RunSettings settings, IRunProgress? progress = null, ResponseAnalyzer? analyzer = null)
{
    private readonly IRunProgress _progress = progress ?? SilentProgress.Instance;
    private readonly ResponseAnalyzer _analyzer = analyzer ?? new ResponseAnalyzer(ApproximateTokenPositionMapper.Instance);
    private readonly ResultFiles _files = new(settings.OutputDirectory);

    public ResultFiles Files => _files;

    public async Task RunAsync(IReadOnlyList<RunCell> cells, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_files.Directory);
        var done = settings.Resume ? ResumeState.Prepare(_files, settings.RetryErrors) : ResumeState.Fresh(_files);
        var errors = new ErrorWatch(settings.MaxErrors, cells.Sum(c => c.Problems.Count(InShard)) - done.Count);
        try
        {
            await using var samples = new StreamWriter(Evaluate.Core.Files.OutputFile.OpenAppend(_files.Samples));
            await using var problems = new StreamWriter(Evaluate.Core.Files.OutputFile.OpenAppend(_files.Problems));
            await using var timings = new StreamWriter(Evaluate.Core.Files.OutputFile.OpenAppend(_files.Timings));
            await using var traces = settings.Traces ? new StreamWriter(Evaluate.Core.Files.OutputFile.OpenAppend(_files.Traces)) : null;
            var journals = new Journals(samples, problems, timings, traces);
            foreach (var cell in cells)
                await RunCellAsync(cell, done, errors, journals, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (Evaluate.Core.Files.NoSpace.Is(e))
        {
            // A full disk cut a line short: cut it off, so the journals hold whole records only (the summary reads them
            // without tripping on half a line, and --resume redoes that problem).
            foreach (var journal in new[] { _files.Samples, _files.Problems, _files.Timings, _files.Traces }) JournalLines.DropTornTail(journal);
            throw;
        }
        // A resumed run appended the problems it redid after the others: put every journal back in problem order, so
        // the files are the bytes an uninterrupted run writes.
        if (settings.Resume) JournalOrder.Restore(_files, cells);
    }

    private async Task RunCellAsync(RunCell cell, HashSet<(RunKey, string)> done, ErrorWatch errors, Journals journals, CancellationToken cancellationToken)
    {
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = cell.Key;
            // A shard runs its part of the problems; each keeps its index in the whole selection (and so its seed).
            var todo = cell.Problems.Select((p, i) => (Problem: p, Index: i)).Where(x => InShard(x.Problem) && !done.Contains((key, x.Problem.Id))).ToList();
            var total = cell.Problems.Count(InShard);
            _progress.CellStarted(key, total, total - todo.Count);
            var finished = new SortedDictionary<int, ProblemResult>();
            var nextToWrite = 0;
            var gate = new Lock();

            void Flush(bool all)
            {
                // Write the contiguous prefix in problem order; on cancellation write every finished one.
                while (finished.Count > 0)
                {
                    var first = finished.First();
                    if (!all && first.Key != nextToWrite) break;
                    Write(first.Value, journals);
                    finished.Remove(first.Key);
                    nextToWrite = first.Key + 1;
                }
            }

            try
            {
                await Parallel.ForEachAsync(
                    todo.Select((x, order) => (x.Problem, x.Index, Order: order)),
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Concurrency), CancellationToken = cancellationToken },
                    async (item, ct) =>
                    {
                        var result = await SolveOneAsync(cell, key, item.Problem, item.Index, ct).ConfigureAwait(false);
                        lock (gate)
                        {
                            finished[item.Order] = result;
                            Flush(all: false);
                        }
                        _progress.ProblemDone(key, result.Problem);
                        // Stops a run that is failing wholesale (after writing what finished): see ErrorWatch.
                        errors.Observe(result.Failure);
                        // Stops a run whose spend reaches --max-cost, the same way (see CostWatch).
                        settings.MaxCost?.Observe(result.Problem);
                    }).ConfigureAwait(false);
            }
            finally
            {
                lock (gate) Flush(all: true);
                await journals.FlushAsync().ConfigureAwait(false);
            }
            _progress.CellFinished(key);
        }
    }

    private bool InShard(Problems.Problem problem) => settings.Shard?.Contains(problem.Id) ?? true;

    private async Task<ProblemResult> SolveOneAsync(RunCell cell, RunKey key, Problems.Problem problem, int index, CancellationToken ct)
    {
        var metered = new MeteredModel(cell.Model);
        var internalErrors = new Suites.InternalErrorLog();
        var trace = settings.Traces ? new Traces.TraceRecorder() : Traces.TraceRecorder.Off;
        var context = new SolveContext(problem, cell.Suite, metered, cell.Reward, settings.Budget, settings.Seed, settings.MaxTokens) { InternalErrors = internalErrors, Trace = trace };
        var reask = Grading.Reasking.ReaskStage.For(settings.Reask, metered, settings.Seed);
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (settings.ProblemTimeout is { } limit) deadline.CancelAfter(limit);
        try
        {
            StrategyOutcome outcome;
            Grading.Reasking.ReaskRun? reasks = null;
            try
            {
                outcome = await cell.Strategy.SolveAsync(context, deadline.Token).ConfigureAwait(false);
                if (reask is not null) reasks = await reask.RunAsync(problem, cell.Suite.Checker, outcome.Candidates, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                // The problem's own deadline, not the run's cancellation: an error of this problem, like a failed call.
                throw new ModelCallException($"the problem took longer than its deadline of {settings.ProblemTimeout!.Value.TotalSeconds:0.###} s (--problem-timeout)", isTransient: true);
            }
            clock.Stop();
            var spent = reask?.Total(metered.Spent) ?? metered.Spent;
            var (sampleRecords, problemRecord) = SampleGrader.Grade(settings.RunName, key, cell.Model.Descriptor.Simulated, problem, index, cell.Suite.Checker, outcome, spent, _analyzer, internalErrors, reasks);
            // Stages after the rules (the judge) may call models: run on the run's token, not the problem's deadline.
            foreach (var stage in settings.GradingStages)
                (sampleRecords, problemRecord) = await stage.ApplyAsync(new Grading.GradingStageInput(problem, cell.Suite.Checker, settings.Seed),
                    new Grading.GradedProblem(sampleRecords, problemRecord), ct).ConfigureAwait(false);
            // The trace's answers are the graded samples' (after every grading stage), so it agrees with samples.jsonl.
            var searchTrace = trace.Enabled
                ? Traces.TraceBuilder.Build(trace, key, settings.RunName, cell.Model.Descriptor.Simulated, problem, index, outcome, sampleRecords)
                : null;
            return new ProblemResult(sampleRecords, problemRecord, Timing(key, problem.Id, index, clock.Elapsed, spent.ModelCalls), null) { Trace = searchTrace };
        }
        catch (ModelCallException e)
        {
            clock.Stop();
            var spent = reask?.Total(metered.Spent) ?? metered.Spent;
            var record = new ProblemRecord
            {
                Run = settings.RunName, Model = key.Model, Simulated = cell.Model.Descriptor.Simulated, Suite = key.Suite, Strategy = key.Strategy, ProblemId = problem.Id, ProblemIndex = index,
                Level = problem.Meta.Level, Subject = problem.Meta.Subject, Easy = problem.Meta.IsEasy,
                Samples = 0, Score = 0, ModelCalls = spent.ModelCalls, PromptTokens = spent.PromptTokens,
                CompletionTokens = spent.CompletionTokens, ReasoningTokens = spent.ReasoningTokens, CachedPromptTokens = spent.CachedPromptTokens, RewardCalls = spent.RewardCalls,
                RewardTokens = spent.RewardTokens, Attempts = spent.Attempts, Retries = spent.Retries, CallErrors = spent.CallErrors, CacheHits = spent.CacheHits, Error = $"{e.GetType().Name}: {e.Message}",
                InternalErrors = internalErrors.Count, InternalErrorDetails = Suites.InternalErrorLog.Details(internalErrors.Since(0)),
            };
            return new ProblemResult([], record, Timing(key, problem.Id, index, clock.Elapsed, spent.ModelCalls), e);
        }
    }

    private static TimingRecord Timing(RunKey key, string problemId, int index, TimeSpan elapsed, int calls) =>
        new(key.Model, key.Suite, key.Strategy, problemId, index, elapsed.TotalMilliseconds, calls == 0 ? 0 : elapsed.TotalMilliseconds / calls);

    private static void Write(ProblemResult result, Journals journals)
    {
        var (samples, problems, timings, traces) = journals;
        // Samples (and the trace) first: a problems.jsonl line is the marker that a problem is complete.
        foreach (var sample in result.Samples) samples.WriteLine(JsonSerializer.Serialize(sample, ResultJson.Lines));
        samples.Flush();
        if (traces is not null && result.Trace is not null)
        {
            traces.WriteLine(JsonSerializer.Serialize(result.Trace, ResultJson.Lines));
            traces.Flush();
        }
        problems.WriteLine(JsonSerializer.Serialize(result.Problem, ResultJson.Lines));
        problems.Flush();
        timings.WriteLine(JsonSerializer.Serialize(result.Timing, ResultJson.Lines));
        timings.Flush();
    }

    private sealed record ProblemResult(IReadOnlyList<SampleRecord> Samples, ProblemRecord Problem, TimingRecord Timing, ModelCallException? Failure)
    {
        /// <summary>The problem's search trace (--traces); null without it, and for a problem that failed.</summary>
        public Traces.SearchTrace? Trace { get; init; }
    }

    /// <summary>The run's open journals, in the order a problem's lines are written; traces only with --traces.</summary>
    private sealed record Journals(StreamWriter Samples, StreamWriter Problems, StreamWriter Timings, StreamWriter? Traces)
    {
        public async Task FlushAsync()
        {
            foreach (var writer in new[] { Samples, Problems, Timings, Traces })
                if (writer is not null) await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}

using Evaluate.Adapters.Onnx.ModelFiles;
using Evaluate.Adapters.Onnx.Models;
using Evaluate.Adapters.Onnx.Runtime;
using Evaluate.Adapters.Onnx.Tokenization;
using Evaluate.Core.Components;
using Evaluate.Core.Problems;
using Evaluate.Core.Rewards;
using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// <c>onnx</c> reward model: an exported scorer run in-process. <c>kind=orm</c> gives one score per solution (a
/// sequence-classification head, or a per-token head read at the last token); <c>kind=prm</c> gives a score at each
/// step token, from a token-classification head or (<c>head=lm</c>) from a causal language model's logits of two label
/// tokens (Math-Shepherd style). Scores are in [0, 1]. Several solutions or step prefixes are scored in batches. Holds a native
/// session: dispose it.
/// </summary>
public sealed class OnnxRewardModel : IRewardModel, IDisposable
{
    private readonly InferenceSession _session;
    private readonly OnnxRewardOptions _options;
    private readonly RewardPrompt _prompt;
    private readonly RewardBatchRunner _runner;
    private readonly ContextWindow _context;

    private OnnxRewardModel(OnnxRewardOptions options, Action<string> warn)
    {
        _options = options;
        var files = ModelDirectory.Open(options.Path, options.File);
        var config = files.ReadConfig();
        var tokenizer = TokenizerJson.Load(files.Tokenizer);
        var tokens = RewardTokens.Resolve(tokenizer, options);
        var readout = new RewardReadout(options.Head, options.Label, tokens.Good ?? 0, tokens.Bad ?? 0);
        (_session, var provider) = OnnxSessionFactory.Open(files.Graph, options.Session, warn);
        try
        {
            var graph = RewardGraph.Inspect(_session, files.Graph, options.Kind, readout, tokenizer.VocabularySize);
            VocabularyCheck.Require(tokenizer, config, options.Head == RewardHead.LanguageModel ? graph.Labels : null, files.Graph);
            _runner = new RewardBatchRunner(_session, graph, config.PadTokenId ?? 0, readout, options.BatchSize);
        }
        catch
        {
            _session.Dispose();
            throw;
        }
        _prompt = new RewardPrompt(tokenizer, tokens.Step, RewardPromptLayout.For(options.Head));
        _context = new ContextWindow(config.ContextLength, config.Fields.ContextLength);
        var kind = options.Kind == RewardKind.Process ? "prm" : "orm";
        var head = options.Head == RewardHead.LanguageModel ? "lm" : "classifier";
        Descriptor = ComponentDescriptor.Of("onnx", $"onnx {kind} ({Path.GetFileName(Path.TrimEndingDirectorySeparator(options.Path))}, {ExecutionProviderName.Of(provider)})",
            ("path", options.Path), ("kind", kind), ("head", head), ("step_token", options.StepToken ?? ""), ("label", options.Label),
            ("good", options.Good ?? ""), ("bad", options.Bad ?? ""), ("provider", ExecutionProviderName.Of(provider)));
    }

    /// <summary>Opens the scorer a spec names (<c>onnx:path=DIR,kind=orm|prm,step_token=…</c>, <c>head=lm,good=…,bad=…</c>); unknown or malformed parameters are refused.</summary>
    /// <param name="warn">Where a provider fallback is reported; standard error when null.</param>
    public static OnnxRewardModel Create(ComponentSpec spec, Action<string>? warn = null) =>
        new(OnnxRewardOptions.From(spec), warn ?? Console.Error.WriteLine);

    /// <summary>Opens the scorer typed parameters name (the registration binds them from the spec).</summary>
    public static OnnxRewardModel Create(OnnxRewardParameters parameters, Action<string>? warn = null) =>
        new(OnnxRewardOptions.From(parameters), warn ?? Console.Error.WriteLine);

    /// <summary>The parameters <see cref="Create"/> accepts, with defaults and help.</summary>
    public static IReadOnlyList<ComponentParameter> Parameters => OnnxRewardOptions.Parameters;

    public ComponentDescriptor Descriptor { get; }

    public async Task<double> ScoreSolutionAsync(Problem problem, string solution, CancellationToken cancellationToken) =>
        (await ScoreSolutionsAsync(problem, [solution], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// One score per solution, in one batched pass. A process reward scores a whole solution as a single step
    /// (the score at the step token after it).
    /// </summary>
    public Task<IReadOnlyList<double>> ScoreSolutionsAsync(Problem problem, IReadOnlyList<string> solutions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(solutions);
        var sequences = solutions.Select(s => Fitting(_options.Kind == RewardKind.Process ? _prompt.Process(problem, [s]) : _prompt.Outcome(problem, s))).ToList();
        return Task.Run<IReadOnlyList<double>>(() => _runner.Score(sequences, cancellationToken).Select(r => r[^1]).ToList(), cancellationToken);
    }

    /// <summary>A process reward scores every step in one pass; an outcome reward scores each step prefix (batched).</summary>
    public Task<IReadOnlyList<double>> ScoreStepsAsync(Problem problem, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0) return Task.FromResult<IReadOnlyList<double>>([]);
        if (_options.Kind == RewardKind.Process)
        {
            var sequence = Fitting(_prompt.Process(problem, steps));
            return Task.Run(() => _runner.Score([sequence], cancellationToken)[0], cancellationToken);
        }
        var prefixes = Enumerable.Range(1, steps.Count).Select(n => string.Join("\n", steps.Take(n))).ToList();
        return ScoreSolutionsAsync(problem, prefixes, cancellationToken);
    }

    private ScoredSequence Fitting(ScoredSequence sequence)
    {
        _context.Require(sequence.Ids.Count);
        return sequence;
    }

    public void Dispose() => _session.Dispose();
}

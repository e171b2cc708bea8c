using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Adapters.Replay;

/// <summary>
/// A model adapter that answers from a replay file instead of calling a model. The request's prompt is matched
/// exactly against the prompts of the run's problems to find the problem id; the first n recorded responses are
/// returned (fewer when fewer were recorded). Token counts come from the record's <c>tokens</c>, else are counted
/// locally. No sampling parameter changes anything: the responses are what was recorded. Calls are those the record
/// says its responses took (none when it does not say: nothing was asked of a model), so a replay of a run's own
/// responses costs what that run cost; a file with any simulated record is labelled simulated.
/// </summary>
public sealed class ReplayModel : IModelAdapter
{
    private readonly ReplayFile _file;
    private readonly ITokenCounter _tokens;
    private readonly Dictionary<string, string> _idByPrompt = new(StringComparer.Ordinal);

    public ReplayModel(ReplayFile file, IEnumerable<(ISuite Suite, IReadOnlyList<Problem> Problems)> suites, ITokenCounter tokens)
    {
        _file = file;
        _tokens = tokens;
        foreach (var (suite, problems) in suites)
            foreach (var problem in problems)
                _idByPrompt.TryAdd(PromptKey(suite.RenderPrompt(problem)), problem.Id);
        Descriptor = ComponentDescriptor.Of("replay", $"replay of {file.DisplayName}", ("file", file.DisplayName)) with
        {
            Simulated = file.Entries.Any(e => e.Simulated),
        };
    }

    public ComponentDescriptor Descriptor { get; }

    public bool SupportsContinuation => false;

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        if (request.AssistantPrefix is not null)
            throw new ModelCallException("replay: recorded responses cannot continue a partial answer (use the replay, sample or greedy strategy)", isTransient: false);
        if (!_idByPrompt.TryGetValue(PromptKey(request.Messages), out var id))
            throw new ModelCallException("replay: the prompt matches no problem of the replay file (use the replay, sample or greedy strategy)", isTransient: false);
        var record = _file.Read(id);
        var recorded = record.Recorded ?? ReplayRecordedFacts.None;
        var promptTokens = recorded.PromptTokens ?? _tokens.CountTokens(string.Concat(request.Messages.Select(m => m.Content)));
        var count = Math.Min(request.N, record.Responses.Count);
        var completions = new List<Completion>(count);
        for (var i = 0; i < count; i++)
        {
            var text = record.Responses[i];
            var reasoningTokens = recorded.ReasoningTokens?[i] ?? 0;
            var usage = record.Tokens is { } tokens
                ? new TokenUsage(promptTokens, tokens[i], reasoningTokens, recorded.TokenSource ?? TokenCountSource.Reported)
                : new TokenUsage(promptTokens, _tokens.CountTokens(text), reasoningTokens, TokenCountSource.Counted);
            completions.Add(new Completion(text, recorded.Reasoning?[i], recorded.FinishReasons is { } reasons ? reasons[i] : "stop", usage));
        }
        return Task.FromResult(new GenerationResult(completions, Calls: recorded.Calls ?? 0));
    }

    private static string PromptKey(IReadOnlyList<ChatMessage> messages) =>
        string.Join("\u0001", messages.Select(m => m.Role + "\u0002" + m.Content));
}

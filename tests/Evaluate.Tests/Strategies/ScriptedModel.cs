using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Strategies;

/// <summary>
/// A fake model that answers each sample with a scripted function of the request and the sample's seed, applies stop
/// sequences and token limits, and records every request it receives (what the strategy really asked for).
/// </summary>
public sealed class ScriptedModel(Func<GenerationRequest, long, string> respond) : IModelAdapter
{
    private readonly Lock _gate = new();
    private readonly List<GenerationRequest> _requests = [];

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("scripted", "scripted fake");
    public bool SupportsContinuation => true;

    public IReadOnlyList<GenerationRequest> Requests { get { lock (_gate) return _requests.ToList(); } }

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        lock (_gate) _requests.Add(request);
        var counter = ApproximateTokenCounter.Instance;
        var prompt = counter.CountTokens(string.Join("\n", request.Messages.Select(m => m.Content)));
        var completions = new List<Completion>();
        for (var i = 0; i < request.N; i++)
        {
            var text = respond(request, request.Seed + i);
            foreach (var stop in request.Stop)
                if (stop.Length > 0 && text.IndexOf(stop, StringComparison.Ordinal) is var at and >= 0) text = text[..at];
            var tokens = counter.CountTokens(text);
            var finish = "stop";
            if (tokens > request.MaxTokens)
            {
                text = text[..Math.Min(text.Length, request.MaxTokens)];
                tokens = request.MaxTokens;
                finish = "length";
            }
            completions.Add(new Completion(text, null, finish, new TokenUsage(prompt, tokens, 0, TokenCountSource.Counted)));
        }
        return Task.FromResult(new GenerationResult(completions));
    }
}

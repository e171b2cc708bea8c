using System.Text;
using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Adapters;

/// <summary>
/// A model whose output is a pure function of (conversation, prefix, temperature, seed of sample i = Seed + i),
/// so in-process and over-HTTP answers can be compared exactly.
/// </summary>
internal sealed class DeterministicFakeModel : IModelAdapter
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("fake-deterministic", "fake deterministic model");

    public bool SupportsContinuation => true;

    public Exception? FailWith { get; init; }

    public GenerationRequest? LastRequest { get; private set; }

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        LastRequest = request;
        if (FailWith is not null) throw FailWith;
        var conversation = string.Join("|", request.Messages.Select(m => $"{m.Role}:{m.Content}")) + "|prefix:" + request.AssistantPrefix;
        var completions = Enumerable.Range(0, request.N).Select(i =>
        {
            var seed = request.Seed + i;
            var hash = Fnv1a($"{conversation}|t={request.Temperature:R}|p={request.TopP:R}|s={seed}");
            var text = $"answer {hash % 1000} from seed {seed}";
            var reasoning = $"thinking about {hash % 97}";
            var finish = hash % 5 == 0 ? "length" : "stop";
            return new Completion(text, reasoning, finish, new TokenUsage(11, 9 + i, 4), null);
        }).ToList();
        return Task.FromResult(new GenerationResult(completions, 1));
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}

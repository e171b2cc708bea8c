using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>A fake model whose sample with seed s is <c>respond(request, s)</c>: the candidates a strategy sees are fixed.</summary>
public sealed class ScriptedModel(Func<GenerationRequest, long, string> respond) : IModelAdapter
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("scripted", "scripted answers");
    public bool SupportsContinuation => true;

    /// <summary>Sample i of the strategy's draw (seed baseSeed + i) answers <c>answers[i]</c>.</summary>
    public static ScriptedModel Answers(long baseSeed, params string[] answers) => new((_, seed) => answers[(int)(seed - baseSeed)]);

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new GenerationResult(Enumerable.Range(0, request.N)
            .Select(i => new Completion(respond(request, request.Seed + i), null, "stop", new TokenUsage(3, 3, 0)))
            .ToList()));
}

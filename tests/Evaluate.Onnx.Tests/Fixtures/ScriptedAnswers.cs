using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Onnx.Tests.Fixtures;

/// <summary>A fake model whose sample with seed s is <c>answers[s - baseSeed]</c>: the candidates a strategy sees are fixed.</summary>
public sealed class ScriptedAnswers(long baseSeed, params string[] answers) : IModelAdapter
{
    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("scripted", "scripted answers");
    public bool SupportsContinuation => false;

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new GenerationResult(Enumerable.Range(0, request.N)
            .Select(i => new Completion(answers[(int)(request.Seed + i - baseSeed)], null, "stop", new TokenUsage(3, 3, 0)))
            .ToList()));
}

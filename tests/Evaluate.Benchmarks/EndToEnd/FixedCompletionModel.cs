using Evaluate.Core.Components;
using Evaluate.Core.Models;

namespace Evaluate.Benchmarks.EndToEnd;

/// <summary>
/// The cheapest possible model: the same ~1 KB GSM8K-style completion (with reported usage) for every request, so a
/// server built on it measures the HTTP stack and nothing else.
/// </summary>
public sealed class FixedCompletionModel : IModelAdapter
{
    public static readonly string Text = string.Concat(Enumerable.Repeat(
        "We first compute the total number of items: 12 boxes with 8 items each give 96 items, and 96 - 24 = 72. ", 9))
        + "Wait, let me double-check: 12 * 8 = 96 and 96 - 24 = 72.\n#### 72";

    private static readonly GenerationResult One = new([new Completion(Text, null, "stop", new TokenUsage(120, 260, 0))]);

    public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("fixed", "fixed 1 KB completion");

    public bool SupportsContinuation => false;

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(request.N == 1 ? One : new GenerationResult(Enumerable.Repeat(One.Completions[0], request.N).ToArray()));
}

using Evaluate.Core.Components;

namespace Evaluate.Core.Models;

/// <summary>A model back end. One call, n completions; decorators add metering, caching and retries.</summary>
public interface IModelAdapter
{
    ComponentDescriptor Descriptor { get; }

    /// <summary>True when this back end can continue a partial assistant turn (<see cref="GenerationRequest.AssistantPrefix"/>).</summary>
    bool SupportsContinuation { get; }

    Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken);
}

using Evaluate.Core.Components;

namespace Evaluate.Core.Models;

/// <summary>A model back end. One call, n completions; decorators add metering, caching and retries.</summary>
public interface IModelAdapter
{
    ComponentDescriptor Descriptor { get; }

    /// <summary>True when this back end can continue a partial assistant turn (<see cref="GenerationRequest.AssistantPrefix"/>).</summary>
    bool SupportsContinuation { get; }

    Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// This adapter, or one it wraps, as <paramref name="serviceType"/> (a capability such as
    /// <see cref="IReportsEndpoints"/>), or null when no adapter in the stack has it; as Microsoft.Extensions.AI's
    /// <c>IChatClient.GetService</c>. Decorators forward to what they wrap (<see cref="DelegatingModelAdapter"/>), so
    /// a reader asks the outermost adapter and never needs to know which decorators are in between.
    /// </summary>
    /// <param name="key">Distinguishes services of one type; no adapter here offers keyed services yet, so a key finds nothing.</param>
    object? GetService(Type serviceType, object? key = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return key is null && serviceType.IsInstanceOfType(this) ? this : null;
    }
}

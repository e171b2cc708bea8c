using Evaluate.Core.Components;

namespace Evaluate.Core.Models;

/// <summary>Base for decorators (metering, caching, retries), in the manner of Microsoft.Extensions.AI's DelegatingChatClient.</summary>
public abstract class DelegatingModelAdapter(IModelAdapter inner) : IModelAdapter
{
    protected IModelAdapter Inner { get; } = inner;
    public virtual ComponentDescriptor Descriptor => Inner.Descriptor;
    public virtual bool SupportsContinuation => Inner.SupportsContinuation;

    public virtual Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) =>
        Inner.GenerateAsync(request, cancellationToken);

    /// <summary>This decorator when it is a <paramref name="serviceType"/>, else whatever the wrapped adapter finds: the walk down the stack.</summary>
    public virtual object? GetService(Type serviceType, object? key = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return key is null && serviceType.IsInstanceOfType(this) ? this : Inner.GetService(serviceType, key);
    }
}

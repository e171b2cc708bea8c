namespace Evaluate.Core.Components;

/// <summary>A small, immutable service bag keyed by type (no container: a run has a handful of services).</summary>
public sealed class ComponentServices : IServiceProvider
{
    private readonly IReadOnlyDictionary<Type, object> _services;

    private ComponentServices(IReadOnlyDictionary<Type, object> services) => _services = services;

    public static ComponentServices Empty { get; } = new(new Dictionary<Type, object>());

    public ComponentServices With<T>(T service) where T : class =>
        new(new Dictionary<Type, object>(_services) { [typeof(T)] = service });

    public object? GetService(Type serviceType) => _services.GetValueOrDefault(serviceType);
}

using Evaluate.Core.Components;

namespace Evaluate.Core.Metrics;

/// <summary>
/// The metric registry: the built-in metrics, each one registration (named by the first metric it declares), and the
/// catalog every reader resolves names through. Adding a metric is one <see cref="IMetric"/> class and one
/// <see cref="Register"/> call.
/// </summary>
public static class MetricRegistrations
{
    public static ComponentRegistry<IMetric> Create()
    {
        var registry = new ComponentRegistry<IMetric>("metric");
        foreach (var metric in BuiltIn.BuiltInMetrics.All) Register(registry, metric);
        return registry;
    }

    public static ComponentRegistry<IMetric> Register(ComponentRegistry<IMetric> registry, IMetric metric)
    {
        var first = metric.Declares[0];
        return registry.Register(new(first.Name, first.Description, [], (_, _) => metric));
    }

    /// <summary>The catalog of what <paramref name="registry"/> holds now (built on each call: tests add metrics after creation).</summary>
    public static MetricCatalog Catalog(ComponentRegistry<IMetric> registry) =>
        new(registry.Registrations.Select(r => r.Factory(new ComponentSpec(r.Name, new Dictionary<string, string>()), new ComponentContext())));
}

namespace Evaluate.Core.Models;

/// <summary>The typed form of <see cref="IModelAdapter.GetService"/>: <c>model.GetService&lt;IReportsEndpoints&gt;()</c>.</summary>
public static class ModelAdapterServices
{
    public static T? GetService<T>(this IModelAdapter adapter, object? key = null) where T : class
    {
        ArgumentNullException.ThrowIfNull(adapter);
        return adapter.GetService(typeof(T), key) as T;
    }
}

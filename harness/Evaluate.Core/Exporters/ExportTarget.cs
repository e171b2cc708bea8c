namespace Evaluate.Core.Exporters;

/// <summary>Where exporters write: the run's directory for files, <see cref="Output"/> for text meant for a person.</summary>
/// <param name="Plain">No colours or box drawing (redirected output, CI=true).</param>
/// <param name="Catalog">The registered metrics the summary was computed with (default: the built-in ones).</param>
public sealed record ExportTarget(string Directory, TextWriter Output, bool Plain, Metrics.MetricCatalog? Catalog = null)
{
    public Metrics.MetricCatalog Metrics => Catalog ?? Evaluate.Core.Metrics.MetricCatalog.Default;
}

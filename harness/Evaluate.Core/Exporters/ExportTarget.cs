namespace Evaluate.Core.Exporters;

/// <summary>Where exporters write: the run's directory for files, <see cref="Output"/> for text meant for a person.</summary>
/// <param name="Plain">No colours or box drawing (redirected output, CI=true).</param>
public sealed record ExportTarget(string Directory, TextWriter Output, bool Plain);

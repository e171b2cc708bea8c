namespace Evaluate.Core.Traces.Export;

/// <summary>The formats export-traces writes, by the name --format takes.</summary>
public static class TraceFormats
{
    public static IReadOnlyList<ITraceFormat> All { get; } = [new SosFormat(), new MetaCotFormat(), new JsonTreeFormat()];

    public static string Names => string.Join(", ", All.Select(f => f.Name));

    public static ITraceFormat Get(string name) =>
        All.FirstOrDefault(f => f.Name == name) ?? throw new UsageException($"--format: unknown format '{name}' (known: {Names})");
}

using Evaluate.Core.Plans;

namespace Evaluate.Core.Protocols;

/// <summary>
/// Finds the preset a plan names: a path to a YAML file (it has a directory or a .yaml/.yml ending), or a name looked up
/// as <c>NAME.yaml</c> in each search directory in turn (the working directory's <c>evals/protocols</c> first, so a
/// checkout's presets win, then the presets shipped beside the tool).
/// </summary>
public sealed class ProtocolResolver(IReadOnlyList<string> searchDirectories)
{
    /// <summary>The working directory's evals/protocols, then the presets copied beside the tool.</summary>
    public static ProtocolResolver Default { get; } =
        new([Path.Combine("evals", "protocols"), Path.Combine(AppContext.BaseDirectory, "protocols")]);

    public ProtocolPreset Load(string nameOrPath, PlanKeyTable keys) => ProtocolFile.Load(nameOrPath, Find(nameOrPath), keys);

    /// <summary>The preset file; a usage error (exit 2) naming the name, where it was looked for and the names known.</summary>
    public string Find(string nameOrPath)
    {
        if (IsPath(nameOrPath))
            return File.Exists(nameOrPath) ? nameOrPath : throw new UsageException($"{PlanKeys.Protocol} '{nameOrPath}': no such preset file");
        foreach (var directory in searchDirectories)
        {
            var file = Path.Combine(directory, nameOrPath + ".yaml");
            if (File.Exists(file)) return file;
        }
        var known = Known();
        throw new UsageException(
            $"{PlanKeys.Protocol} '{nameOrPath}' is not a protocol preset (no {Path.Combine("evals", "protocols", nameOrPath + ".yaml")}); " +
            $"known: {(known.Count == 0 ? "none" : string.Join(", ", known))}{Components.DidYouMean.Suggest(nameOrPath, known)}, or give a preset file path");
    }

    /// <summary>The preset names found in the search directories, in order.</summary>
    public IReadOnlyList<string> Known() =>
        [.. searchDirectories.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static bool IsPath(string text) =>
        text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal)
        || text.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || text.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}

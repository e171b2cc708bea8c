namespace Evaluate.Suites.Custom;

/// <summary>Finds custom suite files (*.yaml, *.yml) in a folder, for `evaluate suites`.</summary>
public static class CustomSuiteDirectory
{
    /// <summary>The folder `evaluate suites` looks in when --custom is not given (relative to the working directory).</summary>
    public const string DefaultFolder = "suites/examples";

    public static IReadOnlyList<string> Find(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder).Where(CustomSuiteFile.IsSuiteFile).Order(StringComparer.Ordinal).ToList();
}

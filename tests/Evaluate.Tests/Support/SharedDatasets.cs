using Evaluate.Suites.Data;

namespace Evaluate.Tests.Support;

/// <summary>
/// Finds ../shared/datasets beside the repository (the folder holding Evaluate.sln), as CI lays it out.
/// Where it is absent, tests that need it are skipped with a message saying how to get the data, except in CI
/// (CI=true), where a missing dataset is a failure: CI must never pass by skipping.
/// </summary>
public static class SharedDatasets
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string? PathOrNull
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "datasets"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static DataDirectory Require()
    {
        var path = PathOrNull;
        if (path is null)
        {
            const string missing = "../shared/datasets (beside the repository) is not present";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail($"{missing}: in CI the shared datasets must be there");
            Assert.Ignore($"{missing}; to run these tests, fetch the data there: evaluate datasets fetch --data ../shared/datasets");
        }
        return new DataDirectory(path!, "test");
    }

    /// <summary>The string field <paramref name="field"/> of every line of a JSONL file under the datasets folder.</summary>
    public static List<string> Field(string relativePath, string field)
    {
        var path = Path.Combine(Require().Path, relativePath);
        if (!File.Exists(path)) Assert.Ignore($"shared dataset {relativePath} not found");
        var values = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            var element = doc.RootElement.GetProperty(field);
            values.Add(element.ValueKind == System.Text.Json.JsonValueKind.String ? element.GetString()! : element.GetRawText());
        }
        return values;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Evaluate.sln"))) return dir.FullName;
        throw new InvalidOperationException("Evaluate.sln not found above the test assembly");
    }
}

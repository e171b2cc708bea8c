using System.Text.Json;
using NUnit.Framework;

namespace Evaluate.Tests.Grading;

/// <summary>Finds ../shared/datasets next to the repository (the folder holding Evaluate.sln); tests are ignored when it is absent.</summary>
internal static class SharedDatasets
{
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Evaluate.sln"))) continue;
            var datasets = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets"));
            return Directory.Exists(datasets) ? datasets : null;
        }
        return null;
    }

    /// <summary>The string field <paramref name="field"/> of every line of a JSONL file under the datasets folder.</summary>
    public static List<string> Field(string relativePath, string field)
    {
        var root = Root();
        var path = root is null ? null : Path.Combine(root, relativePath);
        if (path is null || !File.Exists(path)) Assert.Ignore($"shared dataset {relativePath} not found");
        var values = new List<string>();
        foreach (var line in File.ReadLines(path!))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var element = doc.RootElement.GetProperty(field);
            values.Add(element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());
        }
        return values;
    }
}

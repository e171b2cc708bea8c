using Evaluate.Suites.Data;

namespace Evaluate.Tests.Support;

/// <summary>
/// Finds ../shared/datasets beside the repository (the folder holding Evaluate.sln), as CI lays it out.
/// Tests that need it are ignored, not failed, where it is absent.
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
        if (path is null) Assert.Ignore("../shared/datasets is not present");
        return new DataDirectory(path!, "test");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Evaluate.sln"))) return dir.FullName;
        throw new InvalidOperationException("Evaluate.sln not found above the test assembly");
    }
}

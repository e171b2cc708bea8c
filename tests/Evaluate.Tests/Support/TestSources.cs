namespace Evaluate.Tests.Support;

/// <summary>
/// The C# sources of the test projects under tests/ (not the benchmarks, whose job is to time things; not bin/obj),
/// for tests that check rules about the tests themselves. Paths are relative to the repository, with '/'.
/// </summary>
public static class TestSources
{
    public sealed record Source(string RelativePath, string[] Lines);

    public static IReadOnlyList<Source> All()
    {
        var tests = Path.Combine(SharedDatasets.RepositoryRoot, "tests");
        return Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(SharedDatasets.RepositoryRoot, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith("tests/Evaluate.Benchmarks/", StringComparison.Ordinal))
            .Where(relative => !relative.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(relative => new Source(relative, File.ReadAllLines(Path.Combine(SharedDatasets.RepositoryRoot, relative))))
            .ToList();
    }

    /// <summary>A line that is only a comment (// or ///, or inside a block comment's margin) states no code.</summary>
    public static bool IsComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal);
    }
}

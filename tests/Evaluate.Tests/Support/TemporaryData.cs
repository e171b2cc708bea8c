using Evaluate.Suites.Data;

namespace Evaluate.Tests.Support;

/// <summary>A throw-away data directory holding hand-written files, for loader error tests.</summary>
public static class TemporaryData
{
    public static DataDirectory With(string relativePath, string content)
    {
        var root = Path.Combine(Path.GetTempPath(), "evaluate-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return new DataDirectory(root, "test");
    }
}

namespace Evaluate.Onnx.Tests;

/// <summary>
/// NUnit categories of this project, named as in Evaluate.Tests (`run.ps1 test --fast` filters on the names, so the
/// two projects must spell them the same).
/// </summary>
public static class TestCategories
{
    /// <summary>Starts a child process (here `dotnet msbuild` evaluating a project).</summary>
    public const string Process = "Process";
}

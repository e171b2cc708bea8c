using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Evaluate.Onnx.Tests.Packaging;

/// <summary>
/// Evaluates a project file in a child <c>dotnet msbuild -getItem</c> (evaluation only: nothing is restored or
/// built), as it would be for another target platform, and returns the package references it would have.
/// </summary>
public static class ProjectEvaluation
{
    public static IReadOnlyList<string> PackageReferences(string project, params string[] properties)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "msbuild", project, "-getItem:PackageReference", "-nologo" }.Concat(properties.Select(p => $"-p:{p}")))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"msbuild failed ({process.ExitCode}): {output.Result}{error.Result}");
        var items = JsonNode.Parse(output.Result)!["Items"]!["PackageReference"]!.AsArray();
        return items.Select(i => i!["Identity"]!.GetValue<string>()).ToList();
    }

    public static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Evaluate.sln"))) return Path.Combine(dir.FullName, relative);
        throw new InvalidOperationException("Evaluate.sln not found above the test directory");
    }
}

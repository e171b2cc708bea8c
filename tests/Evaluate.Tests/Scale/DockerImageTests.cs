using System.Text.Json;
using System.Text.RegularExpressions;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Scale;

/// <summary>
/// deploy/Dockerfile's final image can start the CLI it copies: every shared framework the built `evaluate` requires
/// (its runtimeconfig.json) is in that base image at the same major version, and the ENTRYPOINT runs the published dll.
/// Checked from the files, without docker: an image on the plain runtime lacks ASP.NET Core and exits 150 at start.
/// </summary>
public sealed partial class DockerImageTests
{
    private static string Dockerfile => File.ReadAllText(Path.Combine(SharedDatasets.RepositoryRoot, "deploy", "Dockerfile"));

    /// <summary>Which shared frameworks each official .NET image provides (the SDK image carries every runtime).</summary>
    private static readonly Dictionary<string, string[]> FrameworksByImage = new(StringComparer.Ordinal)
    {
        ["mcr.microsoft.com/dotnet/runtime"] = ["Microsoft.NETCore.App"],
        ["mcr.microsoft.com/dotnet/aspnet"] = ["Microsoft.NETCore.App", "Microsoft.AspNetCore.App"],
        ["mcr.microsoft.com/dotnet/sdk"] = ["Microsoft.NETCore.App", "Microsoft.AspNetCore.App"],
    };

    [Test]
    public void The_final_image_provides_every_framework_the_cli_requires_at_its_major_version()
    {
        var required = RequiredFrameworks();
        Assert.That(required, Is.Not.Empty, "the CLI's runtimeconfig.json names its frameworks");
        var from = FromLines().Last();
        Assert.That(FrameworksByImage.Keys, Does.Contain(from.Image), $"the final stage is an official .NET image: {from.Image}");
        foreach (var (name, major) in required)
        {
            Assert.That(FrameworksByImage[from.Image], Does.Contain(name), $"{from.Image} does not provide {name}, which `evaluate` needs");
            Assert.That(from.Major, Is.EqualTo(major), $"{from.Image}:{from.Tag} is not .NET {major}, which {name} needs");
        }
    }

    [Test]
    public void The_entrypoint_runs_the_dll_that_the_build_stage_publishes()
    {
        var dockerfile = Dockerfile;
        var publish = Publish().Match(dockerfile);
        Assert.That(publish.Success, Is.True, "the build stage publishes harness/Evaluate.Cli with -o DIR");
        var dll = $"{publish.Groups["dir"].Value}/{RuntimeConfigPath().Name.Replace(".runtimeconfig.json", ".dll", StringComparison.Ordinal)}";
        var entry = Entrypoint().Match(dockerfile);
        Assert.That(entry.Success, Is.True, "an exec-form ENTRYPOINT");
        var program = entry.Groups["first"].Value;
        if (program == "dotnet")
        {
            Assert.That(entry.Value, Does.Contain($"\"{dll}\""), $"ENTRYPOINT runs {dll}");
            return;
        }
        // A wrapper on PATH: it must be written in the final stage and exec the published dll.
        var finalStage = dockerfile[dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];
        Assert.That(finalStage, Does.Contain($"/usr/local/bin/{program}"), $"ENTRYPOINT runs '{program}', which the final stage does not create");
        Assert.That(finalStage, Does.Contain($"dotnet {dll}"), $"the '{program}' wrapper runs {dll}");
        Assert.That(finalStage, Does.Contain($"COPY --from=build {publish.Groups["dir"].Value} "), "the final stage copies the published directory");
    }

    private static List<(string Image, string Tag, int Major)> FromLines() =>
        From().Matches(Dockerfile).Select(m => (m.Groups["image"].Value, m.Groups["tag"].Value,
            int.Parse(m.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();

    private static List<(string Name, int Major)> RequiredFrameworks()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RuntimeConfigPath().FullName));
        var options = json.RootElement.GetProperty("runtimeOptions");
        // A runtimeconfig names one "framework" or a "frameworks" list; both carry name and version.
        var frameworks = options.TryGetProperty("frameworks", out var list) ? list.EnumerateArray().ToList() : [options.GetProperty("framework")];
        return frameworks.Select(f => (f.GetProperty("name").GetString()!,
            int.Parse(f.GetProperty("version").GetString()!.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    /// <summary>
    /// The CLI's runtimeconfig.json as built in this configuration: the test project references the CLI, so its build
    /// ran first; the configuration is taken from this assembly's own output path (bin/CONFIG/TFM).
    /// </summary>
    private static FileInfo RuntimeConfigPath()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var copied = new FileInfo(Path.Combine(here.FullName, "evaluate.runtimeconfig.json"));
        if (copied.Exists) return copied;
        var built = new FileInfo(Path.Combine(SharedDatasets.RepositoryRoot, "harness", "Evaluate.Cli", "bin", here.Parent!.Name, here.Name, "evaluate.runtimeconfig.json"));
        Assert.That(built.Exists, Is.True, $"the CLI's runtimeconfig.json is built: {built.FullName}");
        return built;
    }

    [GeneratedRegex(@"^FROM\s+(?<image>[^:\s]+):(?<tag>(?<major>\d+)[^\s]*)", RegexOptions.Multiline)]
    private static partial Regex From();

    [GeneratedRegex(@"dotnet publish harness/Evaluate\.Cli\b[^\n]*-o\s+(?<dir>\S+)")]
    private static partial Regex Publish();

    [GeneratedRegex(@"^ENTRYPOINT\s+\[\s*""(?<first>[^""]+)""[^\n]*\]", RegexOptions.Multiline)]
    private static partial Regex Entrypoint();
}

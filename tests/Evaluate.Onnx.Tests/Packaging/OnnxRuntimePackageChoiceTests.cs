namespace Evaluate.Onnx.Tests.Packaging;

/// <summary>The adapter project picks the ONNX Runtime build by target platform: DirectML on Windows, CPU elsewhere, overridable.</summary>
/// <remarks>Each case starts `dotnet msbuild` (<see cref="ProjectEvaluation"/>), so they are process tests.</remarks>
[Category(TestCategories.Process)]
public sealed class OnnxRuntimePackageChoiceTests
{
    private const string Cpu = "Microsoft.ML.OnnxRuntime";
    private const string DirectML = "Microsoft.ML.OnnxRuntime.DirectML";
    private const string Gpu = "Microsoft.ML.OnnxRuntime.Gpu";
    private static readonly string[] Builds = [Cpu, DirectML, Gpu];

    [TestCase("RuntimeIdentifier=win-x64", DirectML)]
    [TestCase("RuntimeIdentifier=win-arm64", DirectML)]
    [TestCase("RuntimeIdentifier=linux-x64", Cpu)]
    [TestCase("RuntimeIdentifier=osx-arm64", Cpu)]
    [TestCase("OnnxRuntimePackage=gpu", Gpu)]
    [TestCase("RuntimeIdentifier=win-x64;OnnxRuntimePackage=cpu", Cpu)]
    public void The_project_references_exactly_one_onnx_runtime_build(string properties, string expected)
    {
        var project = ProjectEvaluation.RepositoryFile("adapters/Evaluate.Adapters.Onnx/Evaluate.Adapters.Onnx.csproj");
        var references = ProjectEvaluation.PackageReferences(project, properties.Split(';'));
        Assert.That(references.Where(Builds.Contains), Is.EqualTo(new[] { expected }));
    }
}

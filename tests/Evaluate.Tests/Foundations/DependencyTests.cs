using Evaluate.Adapters.Tokenization;
using Evaluate.Core.Models;

namespace Evaluate.Tests.Foundations;

/// <summary>The core and the adapter base stay light: an ONNX or other adapter project can depend on them alone.</summary>
public sealed class DependencyTests
{
    private static readonly string[] Heavy = ["Microsoft.AspNetCore", "Parquet", "Evaluate.Suites", "Evaluate.Composition", "Evaluate.Reports"];

    [TestCase(typeof(IModelAdapter), "Evaluate.Core")]
    [TestCase(typeof(TiktokenTokenCounter), "Evaluate.Adapters")]
    public void Has_no_reference_to_the_web_framework_parquet_or_the_suites(Type type, string assembly)
    {
        Assert.That(type.Assembly.GetName().Name, Is.EqualTo(assembly));
        var references = type.Assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();
        Assert.That(references.Where(r => Heavy.Any(h => r.StartsWith(h, StringComparison.Ordinal))), Is.Empty);
    }

    [TestCase("harness/Evaluate.Core/Evaluate.Core.csproj")]
    [TestCase("adapters/Evaluate.Adapters/Evaluate.Adapters.csproj")]
    [TestCase("adapters/Evaluate.Adapters.OpenAI/Evaluate.Adapters.OpenAI.csproj")]
    public void The_project_file_references_only_the_core(string project)
    {
        var xml = System.Xml.Linq.XDocument.Load(Path.Combine(Support.SharedDatasets.RepositoryRoot, project));
        var references = xml.Descendants().Where(e => e.Name.LocalName.EndsWith("Reference", StringComparison.Ordinal))
            .Select(e => (string?)e.Attribute("Include") ?? "").ToList();
        Assert.That(references.Where(r => r.Contains("AspNetCore") || r.Contains("Parquet") || r.Contains("Evaluate.Suites") || r.Contains("Composition")), Is.Empty);
    }
}

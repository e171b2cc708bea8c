using Evaluate.Core.Metrics;

namespace Evaluate.Tests.Metrics;

/// <summary>The catalog is a view over the registered components, never a second list.</summary>
public sealed class MetricRegistryTests
{
    [Test]
    public void The_registry_and_the_default_catalog_declare_the_same_metrics_in_the_same_order()
    {
        var registries = Evaluate.Composition.Registries.CreateDefault();
        Assert.That(registries.MetricCatalog.Declarations.Select(d => d.Name), Is.EqualTo(MetricCatalog.Default.Declarations.Select(d => d.Name)));
        Assert.That(registries.Metrics.Names, Has.Member("pass@{k}").And.Member("accuracy").And.Member("outcome_efficiency"));
    }

    [Test]
    public async Task The_metrics_verb_lists_every_declaration_with_its_direction_and_kind()
    {
        var (code, output, _) = await Evaluate.Tests.Support.InProcessCli.RunAsync("metrics");
        Assert.That(code, Is.Zero);
        var lines = output.Split('\n');
        foreach (var declared in MetricCatalog.Default.Declarations)
        {
            var line = lines.SingleOrDefault(l => l.StartsWith(declared.Name + " ", StringComparison.Ordinal));
            Assert.That(line, Is.Not.Null, declared.Name);
            Assert.That(line, Does.Contain(declared.Kind.ToString().ToLowerInvariant()).And.Contain(declared.Description));
        }
    }

    [Test]
    public void The_overthinking_component_declares_exactly_what_the_aggregator_computes()
    {
        var declared = new Evaluate.Core.Metrics.BuiltIn.OverthinkingMetric().Declares.Select(d => d.Name);
        Assert.That(declared, Is.EqualTo(Evaluate.Core.Analysis.EfficiencyAggregator.Keys));
    }

    [Test]
    public void A_name_declared_twice_is_refused()
    {
        var twice = new Evaluate.Core.Metrics.BuiltIn.ErrorShareMetric();
        Assert.That(() => new MetricCatalog([twice, new Evaluate.Core.Metrics.BuiltIn.ErrorShareMetric()]),
            Throws.InvalidOperationException.With.Message.Contains("declared twice"));
    }

    [TestCase("pass@12", "pass@{k}", 12)]
    [TestCase("maj@3_expected", "maj@{k}_expected", 3)]
    [TestCase("wmaj@2", "wmaj@{k}", 2)]
    public void A_k_indexed_name_resolves_to_its_family_and_k(string name, string family, int k)
    {
        var resolved = MetricCatalog.Default.Resolve(name);
        Assert.That(resolved, Is.Not.Null);
        Assert.That(resolved!.Declaration.Name, Is.EqualTo(family));
        Assert.That(resolved.K, Is.EqualTo(k));
        Assert.That(resolved.Descriptor.Name, Is.EqualTo(name));
        Assert.That(resolved.Descriptor.Description, Does.Not.Contain("{k}"));
    }

    [Test]
    public void Metrics_compare_tests_have_a_per_problem_form()
    {
        foreach (var declared in MetricCatalog.Default.Declarations.Where(d => d.Readers.HasFlag(MetricReaders.Compare)))
            Assert.That(MetricCatalog.Default.Resolve(declared.NameAt(declared.IsAtK ? 1 : null))!.PerProblem, Is.Not.Null, declared.Name);
    }
}

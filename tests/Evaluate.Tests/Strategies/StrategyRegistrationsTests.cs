using Evaluate.Tests.Support;
using Evaluate.Core.Components;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Strategies;

public sealed class StrategyRegistrationsTests
{
    [Test]
    public void Every_listed_name_builds_a_strategy_that_records_its_name()
    {
        foreach (var name in Components.Registries.Strategies.Names.Where(n => n != "replay"))
            Assert.That(Components.Strategy(name).Descriptor.Name, Is.EqualTo(name));
        // replay needs the run's replay file: without one it says how to give it.
        Assert.That(() => Components.Strategy("replay"), Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("--model replay:FILE"));
    }

    [Test]
    public void Parameters_reach_the_descriptor_and_plan_defaults_apply()
    {
        var beam = Components.Strategy("beam:beams=3,expand=5,aggregate=product");
        Assert.That(beam.Descriptor.Parameters["beams"], Is.EqualTo("3"));
        Assert.That(beam.Descriptor.Parameters["aggregate"], Is.EqualTo("product"));
        Assert.That(Components.Strategy("majority", defaultN: 12).Descriptor.Parameters["n"], Is.EqualTo("12"));
        Assert.That(Components.Strategy("tot-bfs").Descriptor.Parameters["breadth"], Is.EqualTo("5"));
    }

    [TestCase("beam:width=3")]
    [TestCase("mcts:select=greedy")]
    [TestCase("early-stop:confidence=1.5")]
    [TestCase("majority:n=0")]
    [TestCase("adaptive:escalate=adaptive")]
    public void Bad_parameters_fail_clearly(string spec)
    {
        Assert.That(() => Components.Strategy(spec), Throws.TypeOf<Evaluate.Core.UsageException>());
    }

    [Test]
    public void Unknown_names_suggest_the_closest_known_one()
    {
        Assert.That(() => Components.Strategy("majorty"), Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("majority"));
    }
}

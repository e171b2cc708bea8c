using Evaluate.Composition;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// A capability is found by asking the outermost adapter (<see cref="IModelAdapter.GetService"/>): each decorator
/// answers for itself or passes the question down, so no reader unwraps decorators by type.
/// </summary>
public sealed class DecoratorWalkTests
{
    private interface IMarked;

    private interface IAbsent;

    private sealed class Reporter : IModelAdapter, IReportsEndpoints
    {
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("reporter", "reports endpoints");
        public bool SupportsContinuation => false;
        public IReadOnlyList<EndpointStatistics> Endpoints { get; } = [new("http://replica-a/v1", 3, 1)];
        public Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class Plain(IModelAdapter inner) : DelegatingModelAdapter(inner);

    private sealed class Marked(IModelAdapter inner) : DelegatingModelAdapter(inner), IMarked;

    [Test]
    public void Three_decorators_deep_the_innermost_and_a_middle_capability_are_found_and_an_absent_one_is_null()
    {
        var innermost = new Reporter();
        var middle = new Marked(new Plain(innermost));
        IModelAdapter outer = new MeteredModel(middle);

        Assert.That(outer.GetService<IReportsEndpoints>(), Is.SameAs(innermost));
        Assert.That(outer.GetService<IMarked>(), Is.SameAs(middle));
        Assert.That(outer.GetService<MeteredModel>(), Is.SameAs(outer), "a decorator answers for itself first");
        Assert.That(outer.GetService<IAbsent>(), Is.Null);
        Assert.That(outer.GetService<IReportsEndpoints>(key: "replica-a"), Is.Null, "no adapter offers keyed services");
    }

    [Test]
    public void The_nearest_match_wins()
    {
        var inner = new Marked(new Reporter());
        var outer = new Marked(new Plain(inner));
        Assert.That(((IModelAdapter)outer).GetService<IMarked>(), Is.SameAs(outer));
    }

    [Test]
    public void Endpoint_traffic_is_found_through_any_decorators()
    {
        var (suite, problems) = TestRuns.Game24(1);
        var reporter = new Reporter();
        var cells = new[]
        {
            new RunCell(new Marked(new Plain(reporter)), suite, problems, new GreedyStrategy()),
            new RunCell(new Plain(reporter), suite, problems, new GreedyStrategy()),
            new RunCell(TestRuns.Sim(suite, problems), suite, problems, new GreedyStrategy()),
        };
        var output = new StringWriter();
        var endpoints = EndpointTraffic.Of(cells, output);
        Assert.That(endpoints, Has.Count.EqualTo(1), "one model behind two stacks counts once");
        Assert.That(output.ToString().Trim(), Is.EqualTo("endpoint http://replica-a/v1: 3 call(s), 1 error(s)"));
    }
}

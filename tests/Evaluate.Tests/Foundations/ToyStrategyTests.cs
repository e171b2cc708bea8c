using Evaluate.Composition;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Foundations;

/// <summary>A new strategy is one class, one options record and one registration; help, validation, the list and runs pick it up.</summary>
public sealed class ToyStrategyTests
{
    /// <summary>The one class: answers with the first of <c>tries</c> samples.</summary>
    private sealed class FirstOfStrategy(int tries) : IStrategy
    {
        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("first-of", $"first of {tries}", ("tries", tries));

        public async Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken)
        {
            var draw = await SampleBatch.DrawAsync(ComputeGuard.For(context), context, tries, 0.8, 0, cancellationToken);
            return new StrategyOutcome(draw.Select(c => new Candidate(c)).ToList(), draw.Count == 0 ? null : 0);
        }
    }

    /// <summary>Its options: each parameter declared once, with its default.</summary>
    public sealed record FirstOfOptions
    {
        [Option("samples drawn", Min = 1)]
        public int Tries { get; init; } = 2;
    }

    private static Registries WithToy()
    {
        var registries = Registries.CreateDefault();
        // The one registration.
        registries.Strategies.Register<FirstOfOptions>("first-of", "answers with the first of a few samples", (o, _) => new FirstOfStrategy(o.Tries));
        return registries;
    }

    [Test]
    public async Task It_appears_in_run_help_and_in_the_strategies_list()
    {
        var registries = WithToy();
        var help = await InProcessCli.RunAsync(registries, "run", "--help");
        Assert.That(help.ExitCode, Is.EqualTo(0));
        Assert.That(help.Output, Does.Contain("first-of"));
        var list = await InProcessCli.RunAsync(registries, "strategies");
        Assert.That(list.Output, Does.Contain("first-of").And.Contain("tries=2").And.Contain("samples drawn"));
        var defaults = await InProcessCli.RunAsync("strategies");
        Assert.That(defaults.Output, Does.Not.Contain("first-of"), "registered on that instance only");
    }

    [Test]
    public async Task Suites_parameters_are_listed_from_the_suite_registry()
    {
        var (code, output, _) = await InProcessCli.RunAsync("suites", "--parameters");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("prompt=cot").And.Contain("extract=strict").And.Contain("extract=flexible"));
        var plain = await InProcessCli.RunAsync("suites");
        Assert.That(plain.Output, Does.Not.Contain("prompt=cot"), "only with --parameters");
    }

    [Test]
    public async Task Plan_validation_knows_its_parameters()
    {
        var registries = WithToy();
        var bad = await InProcessCli.RunAsync(registries, "run", "--strategy", "first-of:trys=3", "--out", TestRuns.NewDirectory());
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("did you mean 'tries'"));
        var wrongKind = await InProcessCli.RunAsync(registries, "run", "--strategy", "first-of:tries=many", "--out", TestRuns.NewDirectory());
        Assert.That(wrongKind.Error, Does.Contain("must be a whole number"));
        var unknownElsewhere = await InProcessCli.RunAsync("run", "--strategy", "first-of", "--out", TestRuns.NewDirectory());
        Assert.That(unknownElsewhere.Error, Does.Contain("unknown strategy 'first-of'"));
    }

    [Test]
    public async Task It_runs_and_is_recorded_with_its_parameters()
    {
        var work = TestRuns.NewDirectory();
        var run = await InProcessCli.RunAsync(WithToy(), "run", "--suite", "game24", "--strategy", "first-of:tries=3", "--limit", "4", "--out", work);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var summary = Evaluate.Core.Results.RunDirectory.Open(work).ReadSummary();
        Assert.That(summary.Results.Single().Strategy, Is.EqualTo("first-of:tries=3"));
        Assert.That(Evaluate.Core.Metrics.MetricValue.Number(summary.Results.Single().Metrics, "samples"), Is.EqualTo(12));
    }
}

using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Plans;
using Evaluate.Core.Strategies;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// A component's options are one record: a toy strategy declares <c>depth</c> once and help, the default, parsing and
/// the bound check all follow from that declaration.
/// </summary>
public sealed class TypedOptionsTests
{
    /// <summary>The one declaration of the toy's plan key.</summary>
    public sealed record ToyOptions
    {
        [Option("levels searched", Min = 1, Max = 10)]
        public int Depth { get; init; } = 3;
    }

    /// <summary>The other options the mechanism derives: a plan fallback, a nullable option, an enum, a positional record.</summary>
    public sealed record RicherOptions
    {
        [Option("samples", PlanDefault = nameof(RunPlan.N))]
        public int N { get; init; } = 2;

        [Option("optional cap", Min = 1)]
        public long? TokenCap { get; init; }

        [Option("shape of the search")]
        public ToyShape Shape { get; init; } = ToyShape.VeryDeep;

        [Option("reveal the answer")]
        public bool Reveal { get; init; }
    }

    public enum ToyShape { Wide, VeryDeep }

    public sealed record PositionalOptions([property: Option("weight of a vote", Min = 0, MinExclusive = true)] double Weight = 0.25);

    /// <summary>A strategy that only records what it was given.</summary>
    private sealed class ToyStrategy(object options) : IStrategy
    {
        public object Options { get; } = options;

        public ComponentDescriptor Descriptor { get; } = ComponentDescriptor.Of("toy", "toy");

        public Task<StrategyOutcome> SolveAsync(SolveContext context, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private static ComponentRegistry<IStrategy> Registry() => new ComponentRegistry<IStrategy>("strategy")
        .Register<ToyOptions>("toy", "a toy search", (o, _) => new ToyStrategy(o))
        .Register<RicherOptions>("richer", "a toy with more kinds", (o, _) => new ToyStrategy(o))
        .Register<PositionalOptions>("positional", "a toy written positionally", (o, _) => new ToyStrategy(o));

    private static T Options<T>(string spec, RunPlan? plan = null) =>
        (T)((ToyStrategy)Registry().Create(spec, new ComponentContext { Plan = plan ?? new RunPlan() })).Options;

    private static string Help()
    {
        using var text = new StringWriter();
        Registry().Describe(text);
        return text.ToString();
    }

    [Test]
    public void Help_shows_the_declared_default()
    {
        Assert.That(Help(), Does.Contain($"depth={new ToyOptions().Depth}").And.Contain("levels searched (whole number)"));
    }

    [Test]
    public void No_spec_applies_the_default_and_a_spec_overrides_it()
    {
        Assert.That(Options<ToyOptions>("toy").Depth, Is.EqualTo(new ToyOptions().Depth));
        Assert.That(Options<ToyOptions>("toy:depth=5").Depth, Is.EqualTo(5));
    }

    [Test]
    public void A_value_of_the_wrong_kind_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<UsageException>(() => Registry().Create("toy:depth=x", new ComponentContext()));
        Assert.That(error!.Message, Does.Contain("parameter 'depth' must be a whole number, got 'x'"));
    }

    [TestCase("0")]
    [TestCase("11")]
    public void A_value_out_of_bounds_is_refused_naming_the_bound(string depth)
    {
        var error = Assert.Throws<UsageException>(() => Registry().Create($"toy:depth={depth}", new ComponentContext()));
        Assert.That(error!.Message, Is.EqualTo($"toy: depth must be in [1, 10], got {depth}"));
    }

    [Test]
    public void An_unknown_parameter_gets_a_suggestion()
    {
        var error = Assert.Throws<UsageException>(() => Registry().Create("toy:dept=4", new ComponentContext()));
        Assert.That(error!.Message, Does.Contain("has no parameter 'dept'").And.Contain("did you mean 'depth'"));
        var direct = Assert.Throws<UsageException>(() => ComponentOptions.Bind<ToyOptions>(ComponentSpec.Parse("toy:dept=4")));
        Assert.That(direct!.Message, Does.Contain("did you mean 'depth'"), "binding without a registry checks names too");
    }

    [Test]
    public void Kinds_names_and_plan_fallbacks_come_from_the_declaration()
    {
        var parameters = Registry().Get("richer").Parameters.ToDictionary(p => p.Name);
        Assert.That(parameters.Keys, Is.EqualTo(new[] { "n", "token_cap", "shape", "reveal" }));
        Assert.That(parameters["n"].Help, Is.EqualTo("samples (default: the plan's n, else 2)"));
        Assert.That((parameters["token_cap"].Kind, parameters["token_cap"].Default), Is.EqualTo((ParameterKind.WholeNumber, (string?)null)));
        Assert.That(parameters["shape"].Choices, Is.EqualTo(new[] { "wide", "very_deep" }));
        Assert.That(parameters["shape"].Default, Is.EqualTo("very_deep"));
        Assert.That((parameters["reveal"].Choices, parameters["reveal"].Default), Is.EqualTo((new[] { "false", "true" }, "false")));

        Assert.That(Options<RicherOptions>("richer"), Is.EqualTo(new RicherOptions()));
        Assert.That(Options<RicherOptions>("richer", new RunPlan { N = 7 }).N, Is.EqualTo(7));
        Assert.That(Options<RicherOptions>("richer:n=4", new RunPlan { N = 7 }).N, Is.EqualTo(4));
        Assert.That(Options<RicherOptions>("richer:token_cap=9,shape=wide,reveal=true"),
            Is.EqualTo(new RicherOptions { TokenCap = 9, Shape = ToyShape.Wide, Reveal = true }));
        Assert.That(() => Registry().Create("richer:token_cap=0", new ComponentContext()),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("richer: token_cap must be at least 1, got 0"));
    }

    [Test]
    public void A_positional_record_declares_options_too()
    {
        Assert.That(Help(), Does.Contain("weight=0.25"));
        Assert.That(Options<PositionalOptions>("positional:weight=0.5").Weight, Is.EqualTo(0.5));
        Assert.That(() => Registry().Create("positional:weight=0", new ComponentContext()),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("positional: weight must be more than 0, got 0"));
    }

    public sealed record Unsupported
    {
        [Option("a date is not a parameter kind")]
        public DateTime When { get; init; }
    }

    [Test]
    public void An_option_of_an_unsupported_type_fails_at_registration()
    {
        Assert.That(() => OptionsDeclaration.Of<Unsupported>(), Throws.InvalidOperationException.With.Message.Contains("DateTime"));
    }
}

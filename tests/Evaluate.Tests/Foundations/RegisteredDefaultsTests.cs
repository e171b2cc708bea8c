using System.Globalization;
using Evaluate.Adapters.Simulated;
using Evaluate.Composition;
using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;
using Evaluate.Core.Rewards;
using Evaluate.Core.Strategies;
using Evaluate.Suites.Game24;

namespace Evaluate.Tests.Foundations;

/// <summary>
/// Every built-in parameter's default, as help shows it, is the value an empty spec applies: both come from one
/// declaration in the component's options record. A spec that spells every default out builds the same component.
/// </summary>
public sealed class RegisteredDefaultsTests
{
    /// <summary>One registration of any kind, with a way to build it.</summary>
    private sealed record Entry(string Kind, string Name, IReadOnlyList<ComponentParameter> Parameters, OptionsDeclaration? Options,
        Func<ComponentSpec, ComponentContext, object> Create)
    {
        public override string ToString() => $"{Kind} '{Name}'";
    }

    private static List<Entry> All()
    {
        var r = Registries.CreateDefault();
        return [.. Of(r.Models), .. Of(r.Strategies), .. Of(r.Suites), .. Of(r.Rewards), .. Of(r.Graders), .. Of(r.Exporters)];
    }

    private static IEnumerable<Entry> Of<T>(ComponentRegistry<T> registry) where T : notnull =>
        registry.Registrations.Select(x => new Entry(registry.Kind, x.Name, x.Parameters, x.Options, (s, c) => registry.Create(s, c)!));

    private static ComponentSpec Empty(string name) => new(name, new Dictionary<string, string>());

    [Test]
    public void Every_registration_with_parameters_derives_them_from_typed_options()
    {
        var entries = All();
        Assert.That(entries.Count(e => e.Parameters.Count > 0), Is.GreaterThan(20), "the built-ins have parameters to check");
        foreach (var entry in entries.Where(e => e.Parameters.Count > 0))
        {
            Assert.That(entry.Options, Is.Not.Null, $"{entry} lists parameters by hand");
            Assert.That(entry.Parameters, Is.EqualTo(entry.Options!.Parameters), $"{entry}: help lists what the options declare");
        }
    }

    [Test]
    public void Every_shown_default_is_the_value_an_empty_spec_applies()
    {
        var compared = 0;
        foreach (var entry in All().Where(e => e.Options is not null))
        {
            var bound = entry.Options!.Bind(Empty(entry.Name), new ComponentContext());
            foreach (var field in entry.Options.Fields)
            {
                var applied = field.Read(bound);
                var where = $"{entry}: {field.Name}";
                if (field.Option.DefaultText is not null || field.Parameter.Default is null)
                {
                    // No value of its own: the component resolves it (the run's seed, the model's files) or it is required.
                    Assert.That(applied, Is.Null, where);
                    continue;
                }
                Assert.That(Normalised(applied, field.Parameter.Kind), Is.EqualTo(Parsed(field.Parameter, field.ValueType)), where);
                compared++;
            }
        }
        Assert.That(compared, Is.GreaterThan(50), "every built-in default was compared");
    }

    [Test]
    public void A_spec_spelling_out_every_default_binds_and_builds_the_same_component()
    {
        var built = 0;
        foreach (var entry in All().Where(e => e.Options is not null))
        {
            var defaults = entry.Parameters.Where(p => p.Default is not null && entry.Options!.Fields.Single(f => f.Name == p.Name).Option.DefaultText is null)
                .ToDictionary(p => p.Name, p => p.Default!);
            if (defaults.Count == 0) continue;
            var explicitSpec = new ComponentSpec(entry.Name, defaults);
            var context = new ComponentContext();
            Assert.That(entry.Options!.Bind(explicitSpec, context), Is.EqualTo(entry.Options.Bind(Empty(entry.Name), context)), entry.ToString());

            // Suites and graders record their spec, not a descriptor; the onnx components need an exported model folder
            // (Evaluate.Onnx.Tests opens them).
            if (entry.Kind is not ("strategy" or "model adapter" or "reward model") || entry.Name == "onnx") continue;
            // openai's base_url has no default: the same URL in both specs (nothing is called).
            var extra = entry is { Kind: "model adapter", Name: "openai" } ? new Dictionary<string, string> { ["base_url"] = "http://127.0.0.1:9/v1" } : new Dictionary<string, string>();
            var first = entry.Create(new ComponentSpec(entry.Name, extra), Context());
            var second = entry.Create(new ComponentSpec(entry.Name, new Dictionary<string, string>(defaults.Concat(extra))), Context());
            var expected = Descriptor(first)!;
            Assert.That(Descriptor(second)!.ToString(), Is.EqualTo(expected.ToString()), entry.ToString());
            Assert.That(Descriptor(second)!.Parameters, Is.EqualTo(expected.Parameters), entry.ToString());
            (first as IDisposable)?.Dispose();
            (second as IDisposable)?.Dispose();
            built++;
        }
        Assert.That(built, Is.GreaterThan(10), "strategies, models and reward models were built both ways");
    }

    [Test]
    public void Mcts_applies_the_exploration_constant_help_shows()
    {
        var registries = Registries.CreateDefault();
        var shown = registries.Strategies.Get("mcts").Parameter("c")!.Default;
        var applied = registries.Strategies.Create("mcts", new ComponentContext()).Descriptor.Parameters["c"];
        Assert.That(applied, Is.EqualTo(shown));
        Assert.That(double.Parse(shown!, CultureInfo.InvariantCulture), Is.EqualTo(Math.Sqrt(2)));
    }

    [Test]
    public void A_plan_default_replaces_the_declared_one_only_when_the_spec_is_silent()
    {
        var registries = Registries.CreateDefault();
        var plan = new ComponentContext { Plan = new RunPlan { N = 5, Temperature = 0.3 } };
        var fromPlan = registries.Strategies.Create("majority", plan).Descriptor.Parameters;
        Assert.That((fromPlan["n"], fromPlan["temperature"]), Is.EqualTo(("5", "0.3")));
        var fromSpec = registries.Strategies.Create("majority:n=7", plan).Descriptor.Parameters;
        Assert.That(fromSpec["n"], Is.EqualTo("7"));
        Assert.That(registries.Strategies.Get("majority").Parameter("n")!.Help, Does.EndWith("(default: the plan's n, else 8)"));
        var error = Assert.Throws<Evaluate.Core.UsageException>(() => registries.Strategies.Create("sample", new ComponentContext { Plan = new RunPlan { N = 0 } }));
        Assert.That(error!.Message, Does.Contain("n must be at least 1, got 0"), "the plan's value is range-checked as the spec's would be");
    }

    private static ComponentContext Context()
    {
        var model = new SimulatedReasoner(new SimulatedReasonerOptions(), KnownProblems.Empty);
        return new ComponentContext
        {
            Services = ComponentServices.Empty.With(new Lazy<KnownProblems>(() => KnownProblems.Empty)),
            Suite = new Game24Suite(null),
            Model = model,
        };
    }

    private static ComponentDescriptor? Descriptor(object component) => component switch
    {
        IStrategy s => s.Descriptor,
        IModelAdapter m => m.Descriptor,
        IRewardModel r => r.Descriptor,
        _ => null,
    };

    /// <summary>The shown text read by its kind, independently of how the options format it.</summary>
    private static object Parsed(ComponentParameter parameter, Type type)
    {
        var text = parameter.Default!;
        return parameter.Kind switch
        {
            ParameterKind.Number => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            ParameterKind.WholeNumber => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
            ParameterKind.Choice when type == typeof(bool) => bool.Parse(text),
            ParameterKind.Choice when type.IsEnum => Enum.Parse(type, text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
            ParameterKind.Choice => parameter.Choices!.Contains(text) ? text : $"{text} (not one of the choices)",
            _ => text,
        };
    }

    private static object? Normalised(object? applied, ParameterKind kind) => kind switch
    {
        ParameterKind.Number => Convert.ToDouble(applied, CultureInfo.InvariantCulture),
        ParameterKind.WholeNumber => Convert.ToInt64(applied, CultureInfo.InvariantCulture),
        _ => applied,
    };
}

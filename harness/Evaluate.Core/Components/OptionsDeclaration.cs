using System.Collections.Concurrent;
using System.Reflection;

namespace Evaluate.Core.Components;

/// <summary>
/// A component's typed options: the <see cref="OptionAttribute"/> properties of one record type, read by reflection
/// once per type. It gives the parameter list help shows and the registry validates, and binds a spec over the
/// record's defaults. A record is written either with property initialisers
/// (<c>[Option("…")] public int Depth { get; init; } = 8;</c>) or positionally
/// (<c>record X([property: Option("…")] double Skill = 0.7)</c>); either way the default is declared once.
/// </summary>
public sealed class OptionsDeclaration
{
    private static readonly ConcurrentDictionary<Type, OptionsDeclaration> Declarations = new();

    private readonly ConstructorInfo _constructor;
    private readonly object?[] _arguments;

    private OptionsDeclaration(Type type)
    {
        Type = type;
        // The constructor that needs nothing: parameterless, or a positional record's with every parameter optional.
        _constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => p.HasDefaultValue))
            .OrderBy(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name}: an options record needs a default for every option");
        _arguments = _constructor.GetParameters().Select(DefaultArgument).ToArray();
        var defaults = Defaults();
        // Base record first (shared options such as a session's), then declaration order.
        Fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Option: p.GetCustomAttribute<OptionAttribute>()))
            .Where(p => p.Option is not null)
            .OrderBy(p => Depth(p.Property.DeclaringType!))
            .ThenBy(p => p.Property.MetadataToken)
            .Select(p => new OptionField(p.Property, p.Option!, p.Property.GetValue(defaults)))
            .ToList();
        foreach (var field in Fields)
            if (field.Property.SetMethod is null) throw new InvalidOperationException($"{type.Name}.{field.Property.Name} needs an init accessor");
        Parameters = Fields.Select(f => f.Parameter).ToList();
    }

    public Type Type { get; }

    public IReadOnlyList<OptionField> Fields { get; }

    public IReadOnlyList<ComponentParameter> Parameters { get; }

    public static OptionsDeclaration Of(Type type) => Declarations.GetOrAdd(type, t => new OptionsDeclaration(t));

    public static OptionsDeclaration Of<TOptions>() where TOptions : class => Of(typeof(TOptions));

    /// <summary>A fresh record holding the declared defaults.</summary>
    public object Defaults() => _constructor.Invoke(_arguments);

    /// <summary>
    /// The spec's values over the defaults. Unknown parameters are refused with a "did you mean" hint, values that do
    /// not fit their kind or range with the parameter named. An option with a plan default takes the plan's value when
    /// the spec does not set it and the plan does; this is the one place such fallbacks are resolved.
    /// </summary>
    /// <param name="context">The plan for plan defaults; none means no plan sets anything.</param>
    public object Bind(ComponentSpec spec, ComponentContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.RequireKnown("component", Fields.Select(f => f.Name).ToList());
        var options = Defaults();
        foreach (var field in Fields)
        {
            var value = spec.Get(field.Name) is { } text ? field.Parse(text, spec.Name)
                : context is not null && field.PlanProperty?.GetValue(context.Plan) is { } planValue ? Convert.ChangeType(planValue, field.ValueType, System.Globalization.CultureInfo.InvariantCulture)
                : field.Read(options);
            field.CheckRange(value, spec.Name);
            field.Write(options, value);
        }
        return options;
    }

    private static object? DefaultArgument(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return parameter.DefaultValue is { } value && type.IsEnum && value.GetType() != type ? Enum.ToObject(type, value) : parameter.DefaultValue;
    }

    private static int Depth(Type type) => type.BaseType is null ? 0 : 1 + Depth(type.BaseType);
}

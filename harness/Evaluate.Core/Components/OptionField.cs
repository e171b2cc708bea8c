using System.Globalization;
using System.Reflection;

namespace Evaluate.Core.Components;

/// <summary>
/// One option of an options record, derived once from its property and <see cref="OptionAttribute"/>: the parameter
/// help lists (name, kind, shown default, choices), how a spec's text becomes the property's value and its range check.
/// The shown default is formatted from the value the record applies, so the two cannot differ.
/// </summary>
public sealed class OptionField
{
    private static readonly string[] FalseTrue = ["false", "true"];

    internal OptionField(PropertyInfo property, OptionAttribute option, object? defaultValue)
    {
        Property = property;
        Option = option;
        ValueType = System.Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        IsNullable = !property.PropertyType.IsValueType || ValueType != property.PropertyType;
        DefaultValue = defaultValue;
        Name = SnakeCase.Of(property.Name);
        var (kind, choices) = KindOf(ValueType, option.Choices, $"{property.DeclaringType?.Name}.{property.Name}");
        if (option.DefaultText is not null && defaultValue is not null)
            throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name}: DefaultText is for options without a default value");
        if (option.PlanDefault is not null)
            PlanProperty = typeof(Plans.RunPlan).GetProperty(option.PlanDefault)
                ?? throw new InvalidOperationException($"{property.Name}: the plan has no property {option.PlanDefault}");
        var shown = option.DefaultText ?? Format(defaultValue);
        var help = PlanProperty is null ? option.Help : $"{option.Help} (default: the plan's {SnakeCase.Of(PlanProperty.Name)}, else {shown})";
        Parameter = new ComponentParameter(Name, kind, shown, help, choices);
    }

    public string Name { get; }

    public PropertyInfo Property { get; }

    public OptionAttribute Option { get; }

    /// <summary>The property's type without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType { get; }

    /// <summary>Null is a value: the option has no default, or one resolved elsewhere (<see cref="OptionAttribute.DefaultText"/>).</summary>
    public bool IsNullable { get; }

    /// <summary>The value the record declares (what an empty spec applies, unless the plan's fallback does).</summary>
    public object? DefaultValue { get; }

    /// <summary>The plan property that stands in for the default when the plan sets it.</summary>
    public PropertyInfo? PlanProperty { get; }

    /// <summary>What help lists and the registry validates against.</summary>
    public ComponentParameter Parameter { get; }

    public object? Read(object options) => Property.GetValue(options);

    internal void Write(object options, object? value) => Property.SetValue(options, value);

    /// <summary>The spec's text as the property's value; a usage error naming the parameter when it does not fit.</summary>
    public object Parse(string text, string component) =>
        TryConvert(text) ?? throw new UsageException(
            $"component '{component}': parameter '{Name}' must be {Parameter.Reject(text) ?? Expected()}, got '{text}'");

    /// <summary>A usage error naming the component, the parameter and the bound when <paramref name="value"/> is out of range.</summary>
    public void CheckRange(object? value, string component)
    {
        if (value is null || (double.IsNaN(Option.Min) && double.IsNaN(Option.Max))) return;
        var v = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var low = !double.IsNaN(Option.Min) && (Option.MinExclusive ? v <= Option.Min : v < Option.Min);
        var high = !double.IsNaN(Option.Max) && v > Option.Max;
        if (!low && !high) return;
        var bound = (double.IsNaN(Option.Min), double.IsNaN(Option.Max)) switch
        {
            (false, false) => $"in {(Option.MinExclusive ? "(" : "[")}{Format(Option.Min)}, {Format(Option.Max)}]",
            (false, true) => Option.MinExclusive ? $"more than {Format(Option.Min)}" : $"at least {Format(Option.Min)}",
            _ => $"at most {Format(Option.Max)}",
        };
        throw new UsageException($"{component}: {Name} must be {bound}, got {Format(value)}");
    }

    /// <summary>A value as specs and help write it: invariant numbers (shortest round-trip), snake_case enums, false|true.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        Enum e => SnakeCase.Of(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private object? TryConvert(string text)
    {
        const NumberStyles whole = NumberStyles.Integer;
        var invariant = CultureInfo.InvariantCulture;
        if (ValueType == typeof(string)) return Option.Choices is null || Option.Choices.Contains(text, StringComparer.Ordinal) ? text : null;
        if (ValueType == typeof(int)) return int.TryParse(text, whole, invariant, out var i) ? i : null;
        if (ValueType == typeof(long)) return long.TryParse(text, whole, invariant, out var l) ? l : null;
        if (ValueType == typeof(double)) return double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d) ? d : null;
        if (ValueType == typeof(bool)) return text switch { "true" => true, "false" => false, _ => null };
        return Enum.GetValues(ValueType).Cast<Enum>().FirstOrDefault(e => Format(e) == text);
    }

    private string Expected() => Parameter.Kind switch
    {
        ParameterKind.Number => "a number",
        ParameterKind.WholeNumber => "a whole number",
        _ => $"one of {string.Join(", ", Parameter.Choices ?? [])}",
    };

    private static (ParameterKind, IReadOnlyList<string>?) KindOf(Type type, string[]? choices, string where)
    {
        if (choices is not null && type != typeof(string)) throw new InvalidOperationException($"{where}: Choices are for string options");
        if (type == typeof(string)) return choices is null ? (ParameterKind.Text, null) : (ParameterKind.Choice, choices);
        if (type == typeof(int) || type == typeof(long)) return (ParameterKind.WholeNumber, null);
        if (type == typeof(double)) return (ParameterKind.Number, null);
        if (type == typeof(bool)) return (ParameterKind.Choice, FalseTrue);
        if (type.IsEnum) return (ParameterKind.Choice, Enum.GetValues(type).Cast<Enum>().Select(e => Format(e)!).ToList());
        throw new InvalidOperationException($"{where}: an option is a string, int, long, double, bool or enum, not {type.Name}");
    }
}

using System.Globalization;

namespace Evaluate.Core.Components;

/// <summary>One parameter of a component: its name, kind, default (as shown in help) and help text.</summary>
/// <param name="Default">The default as text for help, or null when there is none (or it comes from the plan).</param>
/// <param name="Choices">For <see cref="ParameterKind.Choice"/>: the accepted values.</param>
public sealed record ComponentParameter(string Name, ParameterKind Kind, string? Default, string Help, IReadOnlyList<string>? Choices = null)
{
    public static ComponentParameter Number(string name, string? defaultValue, string help) => new(name, ParameterKind.Number, defaultValue, help);

    public static ComponentParameter WholeNumber(string name, string? defaultValue, string help) => new(name, ParameterKind.WholeNumber, defaultValue, help);

    public static ComponentParameter Text(string name, string? defaultValue, string help) => new(name, ParameterKind.Text, defaultValue, help);

    public static ComponentParameter Choice(string name, string defaultValue, string help, params string[] choices) =>
        new(name, ParameterKind.Choice, defaultValue, help, choices);

    /// <summary>Null when <paramref name="value"/> fits this parameter; otherwise what it must be.</summary>
    public string? Reject(string value) => Kind switch
    {
        ParameterKind.Number when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d) => "a number",
        ParameterKind.WholeNumber when !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => "a whole number",
        ParameterKind.Choice when Choices is not null && !Choices.Contains(value, StringComparer.Ordinal) => $"one of {string.Join(", ", Choices)}",
        _ => null,
    };

    /// <summary>The parameter as one help line: <c>name=default  help (kind)</c>.</summary>
    public string HelpLine()
    {
        var kind = Kind switch
        {
            ParameterKind.Number => "number",
            ParameterKind.WholeNumber => "whole number",
            ParameterKind.Choice => string.Join("|", Choices ?? []),
            _ => "text",
        };
        return $"{Name}={Default ?? ""}".PadRight(24) + $" {Help} ({kind})";
    }
}

namespace Evaluate.Core.Components;

/// <summary>
/// Marks a property of a component's options record as a parameter. Its name (snake_case of the property), kind (from
/// the CLR type), default (the property's initial value) and range come from this one declaration, so help shows
/// exactly what is applied. See <see cref="OptionsDeclaration"/>.
/// </summary>
/// <param name="help">One line for help; a plan fallback adds "(default: the plan's x, else d)" itself.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OptionAttribute(string help) : Attribute
{
    public string Help { get; } = help;

    /// <summary>The smallest value accepted (NaN: no lower bound). Attributes cannot take nullable values.</summary>
    public double Min { get; init; } = double.NaN;

    /// <summary>The largest value accepted (NaN: no upper bound).</summary>
    public double Max { get; init; } = double.NaN;

    /// <summary>The value must be above <see cref="Min"/>, not equal to it: (min, max].</summary>
    public bool MinExclusive { get; init; }

    /// <summary>For a string option: the accepted values (the parameter becomes a choice).</summary>
    public string[]? Choices { get; init; }

    /// <summary>
    /// A <see cref="Plans.RunPlan"/> property (<c>nameof(RunPlan.N)</c>) whose value, when the plan sets it, replaces
    /// the declared default when the spec does not set the option. Resolved in <see cref="OptionsDeclaration.Bind"/>.
    /// </summary>
    public string? PlanDefault { get; init; }

    /// <summary>
    /// For a nullable option resolved outside the component's options (e.g. from the model's own files): what help shows
    /// as its default. The bound value stays null and the component resolves it.
    /// </summary>
    public string? DefaultText { get; init; }
}

namespace Evaluate.Core.Components;

/// <summary>
/// One component described once: its name, a one-line summary, its parameters and a factory. Help text, the
/// `models`/`strategies`/`suites`/`rewards` lists and plan validation are all generated from registrations.
/// </summary>
/// <param name="Factory">Builds the component from a spec whose parameters the registry has already checked.</param>
/// <param name="Example">A spec to show in help, e.g. <c>sample:n=8,temperature=0.6</c>.</param>
public sealed record ComponentRegistration<T>(
    string Name,
    string Summary,
    IReadOnlyList<ComponentParameter> Parameters,
    Func<ComponentSpec, ComponentContext, T> Factory,
    string? Example = null)
{
    /// <summary>The typed options the parameters were derived from, when the component declares them (see <see cref="Typed{TOptions}"/>).</summary>
    public OptionsDeclaration? Options { get; init; }

    public ComponentParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);

    /// <summary>
    /// A component with typed options: its parameters come from <typeparamref name="TOptions"/>'s declaration and the
    /// factory receives the bound record (spec values over the declared defaults, plan defaults resolved).
    /// </summary>
    public static ComponentRegistration<T> Typed<TOptions>(string name, string summary, Func<TOptions, ComponentContext, T> factory, string? example = null)
        where TOptions : class
    {
        var options = OptionsDeclaration.Of<TOptions>();
        return new(name, summary, options.Parameters, (spec, context) => factory((TOptions)options.Bind(spec, context), context), example) { Options = options };
    }
}

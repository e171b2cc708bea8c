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
    public ComponentParameter? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name);
}

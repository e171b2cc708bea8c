namespace Evaluate.Core.Components;

/// <summary>Binds a spec to a typed options record (see <see cref="OptionsDeclaration"/>), for code that reads a spec directly.</summary>
public static class ComponentOptions
{
    public static TOptions Bind<TOptions>(ComponentSpec spec, ComponentContext? context = null) where TOptions : class =>
        (TOptions)OptionsDeclaration.Of<TOptions>().Bind(spec, context);

    /// <summary>The parameters help lists for <typeparamref name="TOptions"/>.</summary>
    public static IReadOnlyList<ComponentParameter> Parameters<TOptions>() where TOptions : class => OptionsDeclaration.Of<TOptions>().Parameters;
}

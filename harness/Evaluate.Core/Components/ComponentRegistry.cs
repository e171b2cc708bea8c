namespace Evaluate.Core.Components;

/// <summary>
/// The components of one kind (models, strategies, suites, reward models, graders, exporters) by name. Creating one
/// checks the name and every parameter (known name, kind, choices) before the factory runs, with "did you mean"
/// hints; errors are <see cref="UsageException"/>s that name the component kind, as the plan and flags call it.
/// </summary>
/// <param name="kind">What the user calls this kind in messages: "strategy", "model adapter", "suite"…</param>
public sealed class ComponentRegistry<T>(string kind)
{
    private readonly List<ComponentRegistration<T>> _registrations = [];

    public string Kind { get; } = kind;

    public IReadOnlyList<ComponentRegistration<T>> Registrations => _registrations;

    public IReadOnlyList<string> Names => _registrations.Select(r => r.Name).ToList();

    public ComponentRegistry<T> Register(ComponentRegistration<T> registration)
    {
        if (_registrations.Any(r => r.Name == registration.Name))
            throw new InvalidOperationException($"{Kind} '{registration.Name}' is registered twice");
        _registrations.Add(registration);
        return this;
    }

    /// <summary>Registers a component with typed options: one options record and this one call (see <see cref="OptionsDeclaration"/>).</summary>
    public ComponentRegistry<T> Register<TOptions>(string name, string summary, Func<TOptions, ComponentContext, T> factory, string? example = null)
        where TOptions : class =>
        Register(ComponentRegistration<T>.Typed(name, summary, factory, example));

    public bool Contains(string name) => _registrations.Any(r => r.Name == name);

    public ComponentRegistration<T> Get(string name) =>
        _registrations.FirstOrDefault(r => r.Name == name)
        ?? throw new UsageException($"unknown {Kind} '{name}'{DidYouMean.Suggest(name, Names)}; known: {string.Join(", ", Names)}");

    /// <summary>Checks the spec's name and parameters without building anything (plan validation).</summary>
    public ComponentRegistration<T> Validate(ComponentSpec spec)
    {
        var registration = Get(spec.Name);
        spec.RequireKnown(Kind, registration.Parameters.Select(p => p.Name).ToList());
        foreach (var (key, value) in spec.Parameters)
            if (registration.Parameter(key)!.Reject(value) is { } expected)
                throw new UsageException($"{Kind} '{spec.Name}': parameter '{key}' must be {expected}, got '{value}'");
        return registration;
    }

    public T Create(ComponentSpec spec, ComponentContext context) => Validate(spec).Factory(spec, context);

    public T Create(string spec, ComponentContext context) => Create(ComponentSpec.Parse(spec), context);

    /// <summary>Every registration with its parameters, for `evaluate strategies` and the like.</summary>
    public void Describe(TextWriter output)
    {
        foreach (var r in _registrations)
        {
            output.WriteLine($"{r.Name,-18} {r.Summary}");
            foreach (var p in r.Parameters) output.WriteLine($"{"",-18}   {p.HelpLine()}");
            if (r.Example is not null) output.WriteLine($"{"",-18}   example: {r.Example}");
        }
    }

    /// <summary>The names as a help-string fragment: <c>greedy, sample, …</c>.</summary>
    public string NameList() => string.Join(", ", Names);
}

using Evaluate.Core.Components;
using Evaluate.Core.Suites;
using Evaluate.Suites.Custom;
using Evaluate.Suites.Data;

namespace Evaluate.Suites.Catalog;

/// <summary>
/// Builds suites from their specs on the command line or in a plan: a registered suite (see
/// <see cref="SuiteRegistrations"/>), or a custom suite file (a spec ending in .yaml/.yml; see <see cref="CustomSuiteFile"/>).
/// Unknown names get a "did you mean".
/// </summary>
public sealed class SuiteCatalog(DataDirectory data, ComponentRegistry<ISuite>? registry = null)
{
    private static readonly ComponentRegistry<ISuite> BuiltIns = SuiteRegistrations.Create();

    public static IReadOnlyList<string> BuiltInNames => BuiltIns.Names;

    public DataDirectory Data { get; } = data;

    public ComponentRegistry<ISuite> Registry { get; } = registry ?? BuiltIns;

    public ISuite Create(ComponentSpec spec)
    {
        if (CustomSuiteFile.IsSuiteFile(spec.Name))
        {
            spec.RequireKnown();
            return new CustomSuite(CustomSuiteFile.Load(spec.Name, Data));
        }
        return Registry.Create(spec, new ComponentContext { Services = ComponentServices.Empty.With(Data) });
    }

    public ISuite Create(string spec) => Create(ComponentSpec.Parse(spec));

    /// <summary>
    /// Whether the suite's data is present: every file or folder it declares (<see cref="IRequiresData"/>). A suite
    /// that declares none generates or embeds its problems and is always available.
    /// </summary>
    public bool IsAvailable(string name)
    {
        if (CustomSuiteFile.IsSuiteFile(name)) return File.Exists(name);
        if (!Registry.Contains(name)) return false;
        return Create(name) is not IRequiresData needs || needs.RequiredData.All(path => File.Exists(Data.File(path)) || Directory.Exists(Data.File(path)));
    }
}

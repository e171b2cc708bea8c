using Evaluate.Core.Components;
using Evaluate.Core.Suites;
using Evaluate.Suites.Custom;
using Evaluate.Suites.Data;
using Evaluate.Suites.Gsm8k;
using Evaluate.Suites.Math500;
using Evaluate.Suites.MathFull;
using Evaluate.Suites.OmniMath;

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

    /// <summary>Whether the suite's data is present (Game of 24 can enumerate its puzzles and probes are generated).</summary>
    public bool IsAvailable(string name) => name switch
    {
        _ when CustomSuiteFile.IsSuiteFile(name) => File.Exists(name),
        "gsm8k" => File.Exists(Data.File(Gsm8kSuite.RelativePath)),
        "math500" => File.Exists(Data.File(Math500Suite.RelativePath)),
        "omni-math" => File.Exists(Data.File(OmniMathSuite.RelativePath)),
        "math" => Directory.Exists(Data.File(MathSuite.RelativeFolder)),
        // Suites without data files (game24 enumerates its puzzles, probes are generated, a test's own suite).
        _ => Registry.Contains(name),
    };
}

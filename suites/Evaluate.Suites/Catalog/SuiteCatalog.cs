using Evaluate.Core.Components;
using Evaluate.Core.Suites;
using Evaluate.Suites.Custom;
using Evaluate.Suites.Data;
using Evaluate.Suites.Game24;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Gsm8k;
using Evaluate.Suites.Math500;
using Evaluate.Suites.MathFull;
using Evaluate.Suites.OmniMath;
using Evaluate.Suites.Probes;

namespace Evaluate.Suites.Catalog;

/// <summary>
/// Builds suites from their names on the command line or in a plan (e.g. <c>game24:prompt=io</c>,
/// <c>math500:extract=flexible</c>), or from a custom suite file (a spec ending in .yaml/.yml; see
/// <see cref="CustomSuiteFile"/>). Unknown names get a "did you mean".
/// </summary>
public sealed class SuiteCatalog(DataDirectory data)
{
    public static IReadOnlyList<string> BuiltInNames { get; } = ["game24", "gsm8k", "math500", "omni-math", "probes", "math"];

    public DataDirectory Data { get; } = data;

    public ISuite Create(ComponentSpec spec) => spec.Name switch
    {
        _ when CustomSuiteFile.IsSuiteFile(spec.Name) => Known(spec) ? new CustomSuite(CustomSuiteFile.Load(spec.Name, Data)) : null!,
        "game24" => Known(spec, "prompt") is var _ ? new Game24Suite(Data, spec.Get("prompt") ?? "cot") : null!,
        "gsm8k" => Known(spec, "extract") is var _ ? new Gsm8kSuite(Data, Mode(spec, ExtractionMode.Flexible)) : null!,
        "math500" => Known(spec, "extract") is var _ ? new Math500Suite(Data, Mode(spec, ExtractionMode.Strict)) : null!,
        "omni-math" => Known(spec, "extract") is var _ ? new OmniMathSuite(Data, Mode(spec, ExtractionMode.Strict)) : null!,
        "probes" => Known(spec) ? new ProbesSuite() : null!,
        "math" => Known(spec, "extract") is var _ ? new MathSuite(Data, Mode(spec, ExtractionMode.Strict)) : null!,
        _ => throw new ArgumentException($"unknown suite '{spec.Name}'{DidYouMean.Suggest(spec.Name, BuiltInNames)}; known: {string.Join(", ", BuiltInNames)}"),
    };

    public ISuite Create(string spec) => Create(ComponentSpec.Parse(spec));

    /// <summary>Whether the suite's data is present (Game of 24 can enumerate its puzzles and probes are generated).</summary>
    public bool IsAvailable(string name) => name switch
    {
        _ when CustomSuiteFile.IsSuiteFile(name) => File.Exists(name),
        "game24" or "probes" => true,
        "gsm8k" => File.Exists(Data.File(Gsm8kSuite.RelativePath)),
        "math500" => File.Exists(Data.File(Math500Suite.RelativePath)),
        "omni-math" => File.Exists(Data.File(OmniMathSuite.RelativePath)),
        "math" => Directory.Exists(Data.File(MathSuite.RelativeFolder)),
        _ => false,
    };

    private static bool Known(ComponentSpec spec, params string[] names)
    {
        spec.RequireKnown(names);
        return true;
    }

    private static ExtractionMode Mode(ComponentSpec spec, ExtractionMode fallback) => spec.Get("extract") switch
    {
        null => fallback,
        "strict" => ExtractionMode.Strict,
        "flexible" => ExtractionMode.Flexible,
        var other => throw new ArgumentException($"suite '{spec.Name}': extract must be 'strict' or 'flexible', got '{other}'"),
    };
}

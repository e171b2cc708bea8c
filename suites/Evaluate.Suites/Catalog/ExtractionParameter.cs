using Evaluate.Core.Components;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Catalog;

/// <summary>The <c>extract=strict|flexible</c> parameter that suites and graders share, and how it is read.</summary>
public static class ExtractionParameter
{
    /// <param name="fallback">The default shown in help, or null when it is "the suite's".</param>
    public static ComponentParameter Describe(string? fallback, string help) =>
        new("extract", ParameterKind.Choice, fallback, help, ["strict", "flexible"]);

    public static ExtractionMode Read(ComponentSpec spec, ExtractionMode fallback) => spec.Get("extract") switch
    {
        "strict" => ExtractionMode.Strict,
        "flexible" => ExtractionMode.Flexible,
        _ => fallback,
    };
}

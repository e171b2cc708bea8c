using Evaluate.Core.Components;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Catalog;

/// <summary>The <c>extract</c> parameter of the suites and graders whose answers are boxed or cued (MATH, Omni-MATH): strict by default.</summary>
public sealed record StrictExtractionOptions
{
    [Option(ExtractionHelp.Text)]
    public ExtractionMode Extract { get; init; } = ExtractionMode.Strict;
}

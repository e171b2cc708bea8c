using Evaluate.Core.Components;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Catalog;

/// <summary>The <c>extract</c> and <c>decimal_comma</c> parameters of the suites and graders whose answers are boxed or cued (MATH, Omni-MATH): strict by default.</summary>
public sealed record StrictExtractionOptions
{
    [Option(ExtractionHelp.Text)]
    public ExtractionMode Extract { get; init; } = ExtractionMode.Strict;

    [Option("decimal comma: auto (a lone 1,22 against a one-number gold is 1.22) or never (a bare comma separates thousands or list items)")]
    public DecimalComma DecimalComma { get; init; } = DecimalComma.Auto;
}

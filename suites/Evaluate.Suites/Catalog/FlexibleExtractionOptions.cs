using Evaluate.Core.Components;
using Evaluate.Suites.Grading;

namespace Evaluate.Suites.Catalog;

/// <summary>The <c>extract</c> parameter of GSM8K's suite and grader: flexible by default, as its answers are bare numbers.</summary>
public sealed record FlexibleExtractionOptions
{
    [Option(ExtractionHelp.Text)]
    public ExtractionMode Extract { get; init; } = ExtractionMode.Flexible;
}

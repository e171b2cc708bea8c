namespace Evaluate.Suites.Catalog;

/// <summary>The one help line of <c>extract</c>, shared by the strict- and flexible-by-default declarations.</summary>
internal static class ExtractionHelp
{
    public const string Text = "answer extraction: strict (boxed or an answer cue) or flexible (also the last number)";
}

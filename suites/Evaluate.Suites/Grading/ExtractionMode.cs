namespace Evaluate.Suites.Grading;

/// <summary>How hard the extractor tries to find an answer in free text.</summary>
public enum ExtractionMode
{
    /// <summary>Only explicit markers (boxed, "final answer is", "Answer:", "####") or a short bare answer count.</summary>
    Strict,

    /// <summary>Strict rules first, then the last number in the text as a fallback.</summary>
    Flexible,
}

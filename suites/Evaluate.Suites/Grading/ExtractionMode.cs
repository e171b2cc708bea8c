namespace Evaluate.Suites.Grading;

/// <summary>Strict: only explicit answer markers count. Flexible: also fall back to the last number in the text.</summary>
public enum ExtractionMode { Strict, Flexible }

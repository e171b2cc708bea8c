namespace Evaluate.Reports.Fidelity;

/// <summary>
/// One graded pair from another grader's material: the gold, the response, and whether that grader (its test or its
/// verdict on a real response) says the response is correct. <see cref="Documented"/> names the rule in
/// docs/grading.md when this project decides otherwise on purpose; such a case is reported, not counted as a miss.
/// </summary>
public sealed record FidelityCase(string Gold, string Response, bool Expected, string Source, int Line, string? Documented);

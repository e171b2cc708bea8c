namespace Evaluate.Suites.Custom;

/// <summary>
/// Which source columns hold what. <see cref="Problem"/> may name several columns (e.g. a question and its
/// choices), joined by a blank line. Without <see cref="Id"/> the id is the 0-based data row number.
/// Without <see cref="Answer"/> only the game24 grader works (its target is always 24).
/// </summary>
public sealed record FieldMapping(IReadOnlyList<string> Problem, string? Answer, string? Id = null, string? Level = null, string? Subject = null);

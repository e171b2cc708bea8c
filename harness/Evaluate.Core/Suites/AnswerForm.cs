namespace Evaluate.Core.Suites;

/// <summary>
/// How a suite asks for the final answer, declared by the suite (<see cref="ISuite.AnswerForm"/>) so that a model
/// standing in for a real one (the simulated reasoner) answers in that form without knowing suites by name.
/// </summary>
public enum AnswerForm
{
    /// <summary>The answer inside <c>\boxed{}</c>.</summary>
    Boxed,

    /// <summary>The answer on the last line after <c>####</c>.</summary>
    AfterHashes,

    /// <summary>An arithmetic expression over the puzzle's numbers (with or without the steps, as the prompt asks).</summary>
    Arithmetic,
}

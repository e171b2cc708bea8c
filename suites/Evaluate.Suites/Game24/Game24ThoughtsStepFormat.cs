using Evaluate.Core.Puzzles.Game24;
using Evaluate.Core.Search;

namespace Evaluate.Suites.Game24;

/// <summary>Steps of a Game of 24 solution for step-level search: one operation per line after a "Steps:" header; the "Answer:" line is final.</summary>
public sealed class Game24ThoughtsStepFormat : IStepFormat
{
    public static Game24ThoughtsStepFormat Instance { get; } = new();
    public string StepBoundary => "\n";
    public string Preamble => "Steps:\n";
    public bool IsFinal(string step) => step.Contains("Answer:", StringComparison.OrdinalIgnoreCase);
}

namespace Evaluate.Core.Search;

/// <summary>
/// How a suite's solutions divide into steps for step-level search. A suite may implement this (Game of 24: one
/// operation per line); otherwise <see cref="BlankLineStepFormat"/> applies (a step ends at a blank line).
/// </summary>
public interface IStepFormat
{
    /// <summary>Stop sequence that ends one step; the step text returned by the model excludes it.</summary>
    string StepBoundary { get; }

    /// <summary>Text the assistant turn starts with before the first step (e.g. a "Steps:" header); usually empty.</summary>
    string Preamble { get; }

    /// <summary>Whether a step states the final answer, which ends a path.</summary>
    bool IsFinal(string step);
}

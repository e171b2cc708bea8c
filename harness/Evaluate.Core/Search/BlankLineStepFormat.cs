using Evaluate.Core.Suites;

namespace Evaluate.Core.Search;

/// <summary>The default step format: a step is a paragraph ending in "\n\n"; a step is final when the checker finds an answer in it.</summary>
public sealed class BlankLineStepFormat(IAnswerChecker checker) : IStepFormat
{
    public string StepBoundary => "\n\n";
    public string Preamble => "";
    public bool IsFinal(string step) => checker.Extract(step) is not null;

    /// <summary>The suite's own format when it has one, else blank-line steps.</summary>
    public static IStepFormat For(ISuite suite) => suite as IStepFormat ?? new BlankLineStepFormat(suite.Checker);
}

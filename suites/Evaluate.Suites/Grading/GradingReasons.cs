namespace Evaluate.Suites.Grading;

/// <summary>The reason strings carried by every <see cref="Evaluate.Core.Suites.Verdict"/> of the grading engine.</summary>
public static class GradingReasons
{
    public const string Equal = "equal";
    public const string NumericEqual = "numeric-equal";
    public const string RoundedEqual = "rounded-equal";
    public const string SymbolicEqual = "symbolic-equal";
    public const string SetEqual = "set-equal";
    public const string ListEqual = "list-equal";
    public const string TupleEqual = "tuple-equal";
    public const string IntervalEqual = "interval-equal";
    public const string MatrixEqual = "matrix-equal";
    public const string EquationEqual = "equation-equal";
    public const string TextEqual = "text-equal";
    public const string ChoiceEqual = "choice-equal";
    public const string NotEqual = "not-equal";
    public const string Unparseable = "unparseable";
    public const string NoAnswer = "no-answer";
}

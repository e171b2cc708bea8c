namespace Evaluate.Suites.Grading;

/// <summary>The reason strings carried by every <see cref="Evaluate.Core.Suites.Verdict"/> of the grading engine.</summary>
public static class GradingReasons
{
    public const string Equal = "equal";
    public const string NumericEqual = "numeric-equal";
    /// <summary>Equal within a suite's declared numeric tolerance (Minerva Math, OlympiadBench), not exactly.</summary>
    public const string NumericWithinTolerance = "numeric-within-tolerance";
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
    /// <summary>The answer (or either side) could not be read within the engine's bounds.</summary>
    public const string Unparseable = "unparseable";

    /// <summary>The gold itself cannot be graded exactly; the detail after the colon says why.</summary>
    public const string UnparseableGoldProse = "unparseable-gold: prose";
    public const string UnparseableGoldNotation = "unparseable-gold: notation";

    /// <summary>
    /// Every verdict the engine could not decide ("ungradable") has a reason starting with this prefix:
    /// "unparseable" (answer side or a bound), "unparseable-gold: …" (the gold). Stable: reports count on it.
    /// </summary>
    public const string UngradablePrefix = Evaluate.Core.Suites.Verdict.UngradablePrefix;
    public const string NoAnswer = "no-answer";

    /// <summary>Whether a verdict reason means "could not be graded" (see <see cref="UngradablePrefix"/>).</summary>
    public static bool IsUngradable(string reason) => Evaluate.Core.Suites.Verdict.IsUngradable(reason);
}

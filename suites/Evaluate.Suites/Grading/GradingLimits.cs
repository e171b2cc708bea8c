namespace Evaluate.Suites.Grading;

/// <summary>
/// Hard bounds that keep every check fast on hostile input. .NET cannot abort a thread, so the
/// algorithms themselves stop when a bound is reached and the verdict becomes "unparseable".
/// </summary>
public static class GradingLimits
{
    /// <summary>Only this many trailing characters of a response are searched (extraction stays linear and bounded).</summary>
    public const int MaxResponseTail = 200_000;

    /// <summary>An extracted answer longer than this is not parsed.</summary>
    public const int MaxAnswerLength = 10_000;

    /// <summary>
    /// Recursion depth of the parser and comparer (every grammar level counts, so a nested \frac costs about 8:
    /// roughly 60 levels of nested fractions). Bounds the stack as well as the time.
    /// </summary>
    public const int MaxDepth = 500;

    /// <summary>Steps (tokens, tree nodes, evaluations, big-integer words) one check may spend.</summary>
    public const int WorkBudget = 200_000;

    /// <summary>Digits in one number literal.</summary>
    public const int MaxDigits = 2_000;

    /// <summary>Bits of a numerator or denominator in exact arithmetic; larger results fall back to floating point.</summary>
    public const int MaxRationalBits = 8_192;

    /// <summary>Largest |exponent| evaluated exactly (integer powers of rationals).</summary>
    public const int MaxExactExponent = 4_096;

    /// <summary>Largest n for which n! and binomials are evaluated.</summary>
    public const int MaxFactorial = 5_000;

    /// <summary>Items compared in one list, set, tuple or matrix.</summary>
    public const int MaxItems = 200;

    /// <summary>Multiply-adds in one matrix product written in an answer (checked from the shapes before computing).</summary>
    public const int MaxMatrixProductTerms = 4_096;

    /// <summary>Largest matrix whose determinant (vmatrix) is expanded: n! products.</summary>
    public const int MaxDeterminantSize = 4;

    /// <summary>Alternatives produced by expanding ± signs (2^3).</summary>
    public const int MaxPlusMinusBranches = 8;

    /// <summary>Boxed answers joined into one list when they are adjacent at the end of a response.</summary>
    public const int MaxJoinedBoxes = 10;
}

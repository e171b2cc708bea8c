namespace Evaluate.Suites.Grading;

/// <summary>
/// Whether a bare comma between digits may be read as a decimal comma ("1,22" for 1.22) where that is unambiguous
/// (<see cref="DecimalCommaAnswer"/>). The suite and grader option <c>decimal_comma=auto|never</c>.
/// </summary>
public enum DecimalComma
{
    /// <summary>A lone "1,22" (not three digits, not a list, against a gold that is one number) is 1.22.</summary>
    Auto,

    /// <summary>A bare comma is a thousands separator or a list comma, as before issue 21 ("1,5" is the list 1, 5).</summary>
    Never,
}

namespace Evaluate.Suites.Grading.Parsing;

public enum TokenKind
{
    End,
    Invalid,
    /// <summary>Digits with optional point/exponent; thousands separators already removed.</summary>
    Number,
    /// <summary>A single-letter variable, or a Greek/unknown command used as a variable (\alpha).</summary>
    Letter,
    /// <summary>pi, e, i, infinity.</summary>
    Constant,
    /// <summary>sin, cos, ln, log, exp, …</summary>
    Function,
    /// <summary>frac, sqrt, binom, begin:env, end:env.</summary>
    Command,
    /// <summary>Contents of \text{…}, \mbox{…}.</summary>
    Text,
    /// <summary>A plain word of three or more letters (units or a textual answer).</summary>
    Word,
    /// <summary>Operators and brackets, normalised: + - * / ^ _ ( ) [ ] { } , ; = ≠ &lt; &gt; ≤ ≥ ± ∪ ∈ ! % | &amp; \\ {set }set.</summary>
    Symbol,
}

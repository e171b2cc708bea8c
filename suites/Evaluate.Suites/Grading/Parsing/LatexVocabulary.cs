using System.Collections.Frozen;

namespace Evaluate.Suites.Grading.Parsing;

/// <summary>What the lexer knows about LaTeX commands and plain words.</summary>
internal static class LatexVocabulary
{
    /// <summary>Commands that carry no mathematical meaning for grading (spacing, sizing, delimiters' decoration).</summary>
    public static readonly FrozenSet<string> Ignored = FrozenSet.ToFrozenSet(
    [
        "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
        "displaystyle", "textstyle", "quad", "qquad", "limits", "circ", "degree", "boxed", "fbox",
        "mathrm", "mathbf", "boldsymbol", "mathit", "mathsf", "bm", "overline", "vec", "hat", "bar", "tilde",
        "mathbb", "rm", "bf", "it", "hspace", "vspace", "phantom", "nonumber", "centerdot",
        "euro", "texteuro", "pounds", "textsterling", "textdollar", "dollar",
    ], StringComparer.Ordinal);

    /// <summary>Commands whose brace argument is prose (units, words, answer letters).</summary>
    public static readonly FrozenSet<string> TextCommands = FrozenSet.ToFrozenSet(
        ["text", "textbf", "textit", "textrm", "textnormal", "mbox", "operatorname", "textsf", "texttt", "emph"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> Functions = FrozenSet.ToFrozenSet(
    [
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh",
        "log", "ln", "exp", "lg",
    ], StringComparer.Ordinal);

    /// <summary>Symbol commands mapped to the lexer's normalised symbol text.</summary>
    public static readonly FrozenDictionary<string, string> SymbolCommands = new Dictionary<string, string>
    {
        ["le"] = "≤", ["leq"] = "≤", ["leqslant"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["geqslant"] = "≥",
        ["lt"] = "<", ["gt"] = ">", ["ne"] = "≠", ["neq"] = "≠", ["pm"] = "±", ["mp"] = "±",
        ["cup"] = "∪", ["in"] = "∈", ["cdot"] = "*", ["times"] = "*", ["ast"] = "*", ["div"] = "/",
        ["{"] = "{set", ["}"] = "}set", ["lbrace"] = "{set", ["rbrace"] = "}set", ["%"] = "%",
        ["\\"] = "\\\\", ["cr"] = "\\\\", ["langle"] = "(", ["rangle"] = ")", ["lvert"] = "|", ["rvert"] = "|",
        ["vert"] = "|", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈", ["rceil"] = "⌉", ["mid"] = "|", ["colon"] = ":", ["dots"] = "…", ["ldots"] = "…", ["cdots"] = "…",
        ["approx"] = "≈", ["simeq"] = "≈", ["thickapprox"] = "≈", ["emptyset"] = "∅", ["varnothing"] = "∅", ["R"] = "ℝ", ["Reals"] = "ℝ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Notation the engine does not evaluate (congruences, sums, limits, logic): the answer is unparseable
    /// rather than a product of unknown variables that could be confidently "not-equal".</summary>
    public static readonly FrozenSet<string> Unsupported = FrozenSet.ToFrozenSet(
    [
        "equiv", "pmod", "bmod", "mod", "sum", "prod", "int", "oint", "lim", "limsup", "liminf", "setminus", "cap", "subset",
        "subseteq", "forall", "exists", "to", "rightarrow", "Rightarrow", "iff", "implies", "Longrightarrow", "mapsto",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> StructuralCommands = FrozenSet.ToFrozenSet(
        ["frac", "dfrac", "tfrac", "cfrac", "sqrt", "binom", "dbinom", "tbinom", "begin", "end"], StringComparer.Ordinal);

    /// <summary>Plain unit words dropped after a quantity (multi-letter only: single letters are variables).</summary>
    public static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
    [
        "cm", "mm", "km", "kg", "mg", "ml", "ft", "yd", "mi", "hr", "hrs", "min", "mph", "kmh",
        "meter", "meters", "metre", "metres", "inch", "inches", "feet", "foot", "yard", "yards", "mile", "miles",
        "gram", "grams", "kilograms", "pounds", "pound", "lbs", "lb", "ounces", "oz", "liters", "litres", "gallons",
        "dollar", "dollars", "cent", "cents", "euro", "euros", "degree", "degrees", "deg", "units", "unit",
        "sq", "square", "cubic", "hour", "hours", "minute", "minutes", "second", "seconds", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "percent", "people", "students", "times",
        "kb", "mb", "gb", "tb", "hz", "khz", "mhz", "usd", "eur",
    ], StringComparer.Ordinal);
}

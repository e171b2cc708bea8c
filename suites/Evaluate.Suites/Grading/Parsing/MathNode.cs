namespace Evaluate.Suites.Grading.Parsing;

// The expression tree produced by MathParser. Sums and products are n-ary so that long
// expressions stay shallow: tree depth is bounded by the parser's nesting cap, not by length.

/// <summary>A node of a parsed answer.</summary>
public abstract class MathNode;

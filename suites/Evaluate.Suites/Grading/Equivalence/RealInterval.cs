using Evaluate.Suites.Grading.Parsing;

namespace Evaluate.Suites.Grading.Equivalence;

/// <summary>One interval of the real line. Endpoints keep their parsed form so that they still compare exactly;
/// the double values only order and merge intervals.</summary>
internal readonly record struct RealInterval(MathNode Low, double LowValue, bool LowClosed, MathNode High, double HighValue, bool HighClosed)
{
    public bool IsEmpty => LowValue > HighValue || (LowValue == HighValue && !(LowClosed && HighClosed));
}

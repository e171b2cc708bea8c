using System.Numerics;

namespace Evaluate.Suites.Grading.Evaluation;

/// <summary>
/// Deterministic pseudo-random values for variables. Each variable gets its own value per point
/// (derived from a stable hash of its name), so results are reproducible across runs and machines.
/// Two points are positive, one negative, so that e.g. sqrt(x^2) and x are told apart.
/// </summary>
public static class EvaluationPoints
{
    public const int Count = 3;

    /// <summary>Points used in addition when a step function (floor, ceiling) is involved: wider magnitudes 3–60, alternating sign.</summary>
    public const int StepFunctionCount = Count + 4;

    public static Complex ValueOf(string name, int point)
    {
        uint hash = 2166136261;
        foreach (char c in name) hash = (hash ^ c) * 16777619;
        hash = (hash ^ (uint)point) * 16777619;
        hash ^= hash >> 15;
        hash *= 2246822519;
        hash ^= hash >> 13;
        double unit = (hash & 0xFFFFFF) / (double)0x1000000; // [0, 1)
        if (point >= Count) return (point % 2 == 0 ? 1 : -1) * (3 + 57 * unit);
        double magnitude = 0.55 + 1.4 * unit;                 // away from 0 and 1 where identities degenerate
        return point == Count - 1 ? -magnitude : magnitude;
    }

    /// <summary>Relative tolerance 1e-9, or 1e-12 absolute for values that are zero up to rounding noise.</summary>
    public static bool Close(Complex x, Complex y)
    {
        double diff = Complex.Abs(x - y);
        double scale = Math.Max(Complex.Abs(x), Complex.Abs(y));
        return diff <= 1e-9 * scale || diff <= 1e-12;
    }

    public static bool IsFinite(Complex z) => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);
}

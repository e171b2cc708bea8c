using System.Globalization;
using System.Numerics;

namespace Evaluate.Suites.Grading.Evaluation;

/// <summary>
/// An exact rational with a size cap: every operation returns null instead of growing past
/// <see cref="GradingLimits.MaxRationalBits"/>, so callers fall back to floating point.
/// </summary>
public readonly struct BigRational : IEquatable<BigRational>
{
    public BigInteger Numerator { get; }
    /// <summary>Always positive; the fraction is always reduced.</summary>
    public BigInteger Denominator { get; }

    private BigRational(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public static BigRational Zero { get; } = new(BigInteger.Zero, BigInteger.One);
    public static BigRational One { get; } = new(BigInteger.One, BigInteger.One);

    public bool IsInteger => Denominator.IsOne;
    public bool IsZero => Numerator.IsZero;
    public int Sign => Numerator.Sign;

    public static BigRational FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Reduced fraction, or null for a zero denominator or an oversized result.</summary>
    public static BigRational? Create(BigInteger numerator, BigInteger denominator, WorkBudget budget)
    {
        if (denominator.IsZero) return null;
        if (TooBig(numerator) || TooBig(denominator)) return null;
        if (!budget.Spend(1 + (int)((numerator.GetBitLength() + denominator.GetBitLength()) / 64))) return null;
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        return new BigRational(numerator, denominator);
    }

    private static bool TooBig(BigInteger value) => value.GetBitLength() > GradingLimits.MaxRationalBits;

    public static BigRational? Add(BigRational a, BigRational b, WorkBudget budget) =>
        Create(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator, budget);

    public static BigRational? Multiply(BigRational a, BigRational b, WorkBudget budget) =>
        Create(a.Numerator * b.Numerator, a.Denominator * b.Denominator, budget);

    public static BigRational? Divide(BigRational a, BigRational b, WorkBudget budget) =>
        b.IsZero ? null : Create(a.Numerator * b.Denominator, a.Denominator * b.Numerator, budget);

    public BigRational Negate() => new(-Numerator, Denominator);

    /// <summary>Integer power; null when the result would exceed the size cap (checked before computing).</summary>
    public static BigRational? Power(BigRational value, int exponent, WorkBudget budget)
    {
        if (exponent == 0) return value.IsZero ? null : One;
        if (value.IsZero) return exponent > 0 ? Zero : null;
        long bits = Math.Max(value.Numerator.GetBitLength(), value.Denominator.GetBitLength());
        if (bits * Math.Abs((long)exponent) > GradingLimits.MaxRationalBits) return null;
        if (!budget.Spend(1 + (int)(bits * Math.Abs((long)exponent) / 64))) return null;
        var n = BigInteger.Pow(value.Numerator, Math.Abs(exponent));
        var d = BigInteger.Pow(value.Denominator, Math.Abs(exponent));
        return exponent > 0 ? Create(n, d, budget) : Create(d, n, budget);
    }

    /// <summary>Exact square root when numerator and denominator are perfect squares.</summary>
    public static BigRational? SquareRoot(BigRational value, WorkBudget budget)
    {
        if (value.Sign < 0) return null;
        var n = IntegerSqrt(value.Numerator);
        var d = IntegerSqrt(value.Denominator);
        if (n * n != value.Numerator || d * d != value.Denominator) return null;
        return Create(n, d, budget);
    }

    private static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n < 2) return n;
        // Newton from an overestimate decreases monotonically to the floor of the root.
        var x = BigInteger.One << (int)(n.GetBitLength() / 2 + 1);
        for (int i = 0; i < 200; i++)
        {
            var next = (x + n / x) >> 1;
            if (next >= x) break;
            x = next;
        }
        while (x * x > n) x--;
        while ((x + 1) * (x + 1) <= n) x++;
        return x;
    }

    public int CompareTo(BigRational other) =>
        (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public double ToDouble()
    {
        double value = (double)Numerator / (double)Denominator;
        if (!double.IsNaN(value) && !double.IsInfinity(value)) return value;
        // Both parts overflow double: scale by bit lengths first.
        long shift = Math.Max(0, Math.Max(Numerator.GetBitLength(), Denominator.GetBitLength()) - 1000);
        return (double)(Numerator >> (int)shift) / (double)(Denominator >> (int)shift);
    }

    /// <summary>Rounds half away from zero to <paramref name="places"/> decimal places.</summary>
    public static BigRational? RoundToPlaces(BigRational value, int places, WorkBudget budget)
    {
        var scale = BigInteger.Pow(10, places);
        var scaled = value.Numerator * scale;
        var twice = 2 * BigInteger.Abs(scaled) + value.Denominator;
        var rounded = twice / (2 * value.Denominator);
        if (scaled.Sign < 0) rounded = -rounded;
        return Create(rounded, scale, budget);
    }

    public bool Equals(BigRational other) => Numerator == other.Numerator && Denominator == other.Denominator;
    public override bool Equals(object? obj) => obj is BigRational other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);
    public static bool operator ==(BigRational a, BigRational b) => a.Equals(b);
    public static bool operator !=(BigRational a, BigRational b) => !a.Equals(b);

    public override string ToString() =>
        IsInteger ? Numerator.ToString(CultureInfo.InvariantCulture)
                  : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}

namespace Evaluate.Core.Puzzles.Game24;

/// <summary>
/// An exact rational number over 64-bit integers, always reduced with a positive denominator.
/// Game of 24 uses four numbers and three operations, so values stay tiny; arithmetic is checked and an
/// overflow (only reachable from hostile input) surfaces as <see cref="OverflowException"/>.
/// </summary>
public readonly record struct Fraction
{
    public long Numerator { get; }
    public long Denominator { get; }

    public Fraction(long numerator, long denominator)
    {
        if (denominator == 0) throw new DivideByZeroException();
        if (denominator < 0) (numerator, denominator) = (checked(-numerator), checked(-denominator));
        var g = Gcd(Math.Abs(numerator), denominator);
        (Numerator, Denominator) = g > 1 ? (numerator / g, denominator / g) : (numerator, denominator);
    }

    public static implicit operator Fraction(long value) => new(value, 1);

    public bool IsZero => Numerator == 0;

    public static Fraction operator +(Fraction a, Fraction b) =>
        new(checked(a.Numerator * b.Denominator + b.Numerator * a.Denominator), checked(a.Denominator * b.Denominator));

    public static Fraction operator -(Fraction a, Fraction b) =>
        new(checked(a.Numerator * b.Denominator - b.Numerator * a.Denominator), checked(a.Denominator * b.Denominator));

    public static Fraction operator *(Fraction a, Fraction b) =>
        new(checked(a.Numerator * b.Numerator), checked(a.Denominator * b.Denominator));

    public static Fraction operator /(Fraction a, Fraction b) =>
        b.IsZero ? throw new DivideByZeroException() : new(checked(a.Numerator * b.Denominator), checked(a.Denominator * b.Numerator));

    public override string ToString() => Denominator == 1 ? Numerator.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Numerator}/{Denominator}";

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a == 0 ? 1 : a;
    }
}

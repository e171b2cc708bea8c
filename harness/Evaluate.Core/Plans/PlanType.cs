using System.Globalization;

namespace Evaluate.Core.Plans;

/// <summary>How a plan key's value is read from text: what it expects (for messages) and the parse itself.</summary>
/// <param name="Repeated">A list whose flag is repeated (<c>--model a --model b</c>) instead of comma-separated.</param>
/// <param name="Switch">A flag that needs no argument (<c>--allow-errors</c>).</param>
public sealed record PlanType<T>(string Expected, Func<PlanText, T> Parse, bool Repeated = false, bool Switch = false);

/// <summary>The value types plan keys use. Scalars refuse lists; comma lists also accept one comma-separated scalar.</summary>
public static class PlanTypes
{
    public static readonly PlanType<string> Text = Scalar("text", s => s);
    public static readonly PlanType<string?> OptionalText = Scalar<string?>("text", s => s);
    public static readonly PlanType<int> WholeNumber = Scalar("a whole number", Int);
    public static readonly PlanType<int?> OptionalWholeNumber = Scalar<int?>("a whole number", s => Int(s));
    public static readonly PlanType<long> LongNumber = Scalar("a whole number", Long);
    public static readonly PlanType<long?> OptionalLongNumber = Scalar<long?>("a whole number", s => Long(s));
    public static readonly PlanType<double?> OptionalNumber = Scalar<double?>("a number", s => Double(s));
    public static readonly PlanType<bool> Flag = Scalar("true or false", Bool) with { Switch = true };
    /// <summary>A list whose flag is repeated: items may hold commas (<c>sample:n=8,temperature=0.8</c>); one value is a list of one.</summary>
    public static readonly PlanType<IReadOnlyList<string>> List = new("a list", t => t.Items ?? [t.Scalar!], Repeated: true);
    public static readonly PlanType<IReadOnlyList<string>?> OptionalList = new("a list", t => t.Items ?? [t.Scalar!], Repeated: true);
    public static readonly PlanType<IReadOnlyList<string>?> CommaList = new("a list", t => t.Items ?? Split(t.Scalar!));
    public static readonly PlanType<IReadOnlyList<int>?> WholeNumbers = new("whole numbers",
        t => (t.Items ?? Split(t.Scalar!)).Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k)
            ? k : throw new PlanValueException($"values must be whole numbers, got '{v}'")).ToList());

    private static PlanType<T> Scalar<T>(string expected, Func<string, T> parse) =>
        new(expected, t => t.Scalar is { } s ? parse(s) : throw new PlanValueException($"must be one value ({expected}), got a list"));

    private static int Int(string s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw Expected("a whole number", s);

    private static long Long(string s) =>
        long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw Expected("a whole number", s);

    private static double Double(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Expected("a number", s);

    private static bool Bool(string s) =>
        bool.TryParse(s, out var v) ? v : throw Expected("true or false", s);

    private static PlanValueException Expected(string expected, string got) => new($"must be {expected}, got '{got}'");

    private static IReadOnlyList<string> Split(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

using Evaluate.Suites.Grading;

namespace Evaluate.Tests.Grading.Families;

/// <summary>One parsed row of a <see cref="GradingFamily"/> table.</summary>
public sealed record FamilyCaseRow(string Family, ExtractionMode Mode, string Gold, string Response, DecimalComma DecimalComma = DecimalComma.Auto)
{
    public static IEnumerable<FamilyCaseRow> Parse(string family, string table)
    {
        foreach (var line in table.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal)) continue;
            var parts = trimmed.Split('¦');
            if (parts.Length != 3 || parts[0] is not ("S" or "F" or "Sn" or "Fn")) throw new FormatException($"bad case row in family {family}: {trimmed}");
            yield return new FamilyCaseRow(family, parts[0][0] == 'S' ? ExtractionMode.Strict : ExtractionMode.Flexible,
                Unfold(parts[1]), Unfold(parts[2]), parts[0].EndsWith('n') ? DecimalComma.Never : DecimalComma.Auto);
        }
    }

    private static string Unfold(string cell) => cell.Replace("⏎", "\n", StringComparison.Ordinal);

    public override string ToString() =>
        $"[{Family.Split(' ')[0]}{(Mode == ExtractionMode.Flexible ? " flex" : "")}{(DecimalComma == DecimalComma.Never ? " never" : "")}] {Short(Gold)} ~ {Short(Response)}".Replace("\n", "⏎", StringComparison.Ordinal);

    private static string Short(string s) => s.Length <= 50 ? s : s[..50] + "…";
}

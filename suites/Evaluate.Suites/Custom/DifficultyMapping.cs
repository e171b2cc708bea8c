using System.Globalization;
using Evaluate.Core.Problems;

namespace Evaluate.Suites.Custom;

/// <summary>
/// Turns a column into the [0, 1] difficulty that selection (--min-difficulty) and the simulated reasoner use:
/// either a table of values (<c>map: {easy: 0.1, hard: 0.8}</c>) or a numeric range (<c>min: 1, max: 10</c>,
/// mapped linearly and clamped). Problems below <see cref="EasyBelow"/> count as easy in efficiency breakdowns.
/// </summary>
public sealed record DifficultyMapping(string Column, IReadOnlyDictionary<string, double>? Map, double? Min, double? Max, double EasyBelow = 0.3)
{
    public const double Default = 0.5;

    public double Difficulty(SourceRow row)
    {
        var text = row.Optional(Column);
        if (text is null) return Default;
        if (Map is not null)
            return Map.TryGetValue(text, out var mapped)
                ? mapped
                : throw new DatasetFormatException(row.File, row.Line, Column, $"value '{text}' is not in the suite's difficulty map ({string.Join(", ", Map.Keys)})");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw new DatasetFormatException(row.File, row.Line, Column, $"expected a number for the difficulty, got '{text}'");
        return Math.Clamp((value - Min!.Value) / (Max!.Value - Min.Value), 0, 1);
    }
}

using System.Globalization;

namespace Evaluate.Suites.Competitions;

/// <summary>
/// Stable ids for Qwen2.5-Math's AIME 2024 file, whose upstream ids are 60-89: 60-74 are AIME 2024 I and 75-89 AIME
/// 2024 II, each in the order of problem 1, 10-15, 2-9 (a string sort of the problem numbers). Id 60 is
/// <c>2024-I-1</c>, 61 <c>2024-I-10</c>, 67 <c>2024-I-2</c>, 75 <c>2024-II-1</c>.
/// </summary>
public static class Aime24Ids
{
    public const int First = 60;
    public const int Count = 30;

    private static readonly int[] ProblemOrder = [1, 10, 11, 12, 13, 14, 15, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <summary>The contest half and problem number of an upstream id, or null when the id is not 60-89.</summary>
    public static (string Contest, int Number)? Of(int upstreamId)
    {
        var offset = upstreamId - First;
        if (offset is < 0 or >= Count) return null;
        return (offset < 15 ? "I" : "II", ProblemOrder[offset % 15]);
    }

    public static string? IdOf(int upstreamId) =>
        Of(upstreamId) is { } p ? string.Create(CultureInfo.InvariantCulture, $"2024-{p.Contest}-{p.Number}") : null;
}

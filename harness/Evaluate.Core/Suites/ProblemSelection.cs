namespace Evaluate.Core.Suites;

/// <summary>Which problems of a suite to run. Filters apply first, then <see cref="Limit"/> takes the first N.</summary>
public sealed record ProblemSelection
{
    public static ProblemSelection All { get; } = new();
    /// <summary>Named split ("test", "all"); null means the suite's default.</summary>
    public string? Split { get; init; }
    public IReadOnlySet<string>? Ids { get; init; }
    public IReadOnlySet<string>? Levels { get; init; }
    public double? MinDifficulty { get; init; }
    public double? MaxDifficulty { get; init; }
    public int? Limit { get; init; }
}

using Evaluate.Core.Running;

namespace Evaluate.Reports.Gate;

/// <summary>Which cells an override applies to: each given field must equal the cell's (model, suite, strategy), or end in '*' and prefix it.</summary>
public sealed record CellSelector(string? Model, string? Suite, string? Strategy)
{
    public bool Matches(RunKey cell) => Match(Model, cell.Model) && Match(Suite, cell.Suite) && Match(Strategy, cell.Strategy);

    private static bool Match(string? pattern, string value) => pattern switch
    {
        null => true,
        _ when pattern.EndsWith('*') => value.StartsWith(pattern[..^1], StringComparison.Ordinal),
        _ => pattern == value || value.StartsWith(pattern + ":", StringComparison.Ordinal),
    };
}

using System.CommandLine;
using Evaluate.Reports.Comparison;

namespace Evaluate.Cli.Commands;

/// <summary>The flag of `compare` and `gate` that sets how many of the baseline's problems the candidate must share.</summary>
public static class OverlapFlags
{
    public static Option<double> MinOverlap() => new("--min-overlap")
    {
        Description = $"Refuse (exit 2) when a cell's candidate holds less than this share of the baseline's problems (default {ProblemOverlapCheck.DefaultMinShare}; --allow-mismatch compares anyway)",
        DefaultValueFactory = _ => ProblemOverlapCheck.DefaultMinShare,
    };
}

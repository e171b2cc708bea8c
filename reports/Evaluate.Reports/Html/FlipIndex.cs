using Evaluate.Core.Running;
using Evaluate.Reports.Comparison;

namespace Evaluate.Reports.Html;

/// <summary>
/// Per run, cell and problem: "newly wrong", "newly right" or "same" against the report's baseline run (empty when
/// there is no baseline or the problem is not in it), from the same paired comparison `compare` makes.
/// </summary>
public sealed class FlipIndex
{
    private readonly Dictionary<(string Run, RunKey Cell, string Problem), string> _flips = [];
    private readonly HashSet<(string Run, RunKey Cell)> _compared = [];

    public static FlipIndex None { get; } = new();

    public void Add(string run, RunKey cell, CellComparison comparison, IEnumerable<string> sharedProblems)
    {
        _compared.Add((run, cell));
        foreach (var id in sharedProblems) _flips[(run, cell, id)] = "same";
        foreach (var id in comparison.NewlyWrong) _flips[(run, cell, id)] = "newly wrong";
        foreach (var id in comparison.NewlyRight) _flips[(run, cell, id)] = "newly right";
    }

    public string Of(string run, string model, string suite, string strategy, string problemId) =>
        _flips.GetValueOrDefault((run, new RunKey(model, suite, strategy), problemId), _compared.Contains((run, new RunKey(model, suite, strategy))) ? "not in baseline" : "");
}

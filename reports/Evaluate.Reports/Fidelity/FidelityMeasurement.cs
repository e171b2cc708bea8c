using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Reports.Calibration;

namespace Evaluate.Reports.Fidelity;

/// <summary>
/// Grades every case with a checker and measures agreement with the other grader: raw (every case) and adjusted (cases
/// marked as a documented difference left out), each with its exact Clopper-Pearson interval.
/// </summary>
public sealed record FidelityMeasurement(
    IReadOnlyList<FidelityOutcome> Outcomes,
    BinomialInterval Raw,
    BinomialInterval? Adjusted)
{
    public IEnumerable<FidelityOutcome> Disagreements => Outcomes.Where(o => !o.Agrees);

    public static FidelityMeasurement Measure(IReadOnlyList<FidelityCase> cases, IAnswerChecker checker, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfZero(cases.Count);
        var outcomes = new List<FidelityOutcome>(cases.Count);
        foreach (var item in cases)
        {
            var extracted = checker.Extract(item.Response);
            var verdict = checker.Grade(new Problem($"{item.Source}:{item.Line}", "", item.Gold, ProblemMeta.None), extracted);
            outcomes.Add(new FidelityOutcome(item, extracted, verdict.Correct, verdict.Reason));
        }
        var raw = BinomialInterval.ClopperPearson(outcomes.Count(o => o.Agrees), outcomes.Count, level);
        var counted = outcomes.Where(o => o.Case.Documented is null).ToList();
        var adjusted = counted.Count == 0 ? null : BinomialInterval.ClopperPearson(counted.Count(o => o.Agrees), counted.Count, level);
        return new FidelityMeasurement(outcomes, raw, adjusted);
    }
}

using Evaluate.Core.Running;

namespace Evaluate.Reports.Comparison;

/// <summary>
/// Pairs the cells of two runs by model × suite × strategy. When each run holds exactly one model, the model is left
/// out of the key, so comparing model A's run against model B's run pairs their suites and strategies (the common
/// case for `compare`); otherwise models must match by name and parameters.
/// </summary>
public static class CellPairing
{
    public static (List<(CellEvidence Baseline, CellEvidence Candidate)> Pairs, List<CellEvidence> BaselineOnly, List<CellEvidence> CandidateOnly)
        Pair(IReadOnlyList<CellEvidence> baseline, IReadOnlyList<CellEvidence> candidate)
    {
        var ignoreModel = baseline.Select(c => c.Key.Model).Distinct().Count() == 1 && candidate.Select(c => c.Key.Model).Distinct().Count() == 1;
        RunKey KeyOf(CellEvidence c) => ignoreModel ? c.Key with { Model = "" } : c.Key;
        var candidates = candidate.ToDictionary(KeyOf);
        var pairs = new List<(CellEvidence, CellEvidence)>();
        var baselineOnly = new List<CellEvidence>();
        foreach (var b in baseline)
        {
            if (candidates.Remove(KeyOf(b), out var c)) pairs.Add((b, c));
            else baselineOnly.Add(b);
        }
        return (pairs, baselineOnly, candidate.Where(c => candidates.ContainsKey(KeyOf(c))).ToList());
    }
}

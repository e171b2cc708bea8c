using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Core.Strategies;

/// <summary>
/// Vote classes of candidate answers, built exactly as the grader records them: each extracted answer joins the
/// class of the first earlier answer the suite calls equivalent; a candidate with no answer gets class -1 (no vote).
/// A checker that throws has a bug: strategies pass <see cref="SolveContext.Checker"/>, which counts it.
/// </summary>
public static class AnswerClasses
{
    public static int[] Of(Problem problem, IAnswerChecker checker, IReadOnlyList<string> responses)
    {
        var extracted = responses.Select(checker.Extract).ToArray();
        var classes = new int[responses.Count];
        var representatives = new List<int>();
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = -1;
            if (extracted[i] is not { } answer) continue;
            foreach (var r in representatives)
                if (checker.Equivalent(problem, extracted[r]!, answer)) { classes[i] = r; break; }
            if (classes[i] >= 0) continue;
            classes[i] = i;
            representatives.Add(i);
        }
        return classes;
    }
}

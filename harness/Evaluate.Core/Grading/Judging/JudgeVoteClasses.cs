using Evaluate.Core.Running;

namespace Evaluate.Core.Grading.Judging;

/// <summary>
/// Keeps maj@k exact once a judge has decided some verdicts. The rules put equivalent answers in one vote class, and a
/// vote is scored by the verdict of its class's first sample; a judge may now give members of one rule class different
/// verdicts, which would let one judge-correct first member carry a class the judge otherwise found wrong. So a class
/// holding a judge-decided sample is split by verdict: a sample joins the first earlier sample that is in its rule class
/// (rule equivalence, <see cref="Suites.IAnswerChecker.Equivalent"/>) and has the same final verdict. No judge
/// equivalence call is made, so no two answers the rules call different are ever merged; a sample without an extracted
/// answer (class -1) still does not vote, whatever the judge said of it.
/// </summary>
public static class JudgeVoteClasses
{
    public static IReadOnlyList<SampleRecord> Refine(IReadOnlyList<SampleRecord> samples)
    {
        var judged = samples.Where(s => s.VerdictSource == VerdictSources.Judge && s.AnswerClass >= 0).Select(s => s.AnswerClass).ToHashSet();
        if (judged.Count == 0) return samples;
        var refined = new List<SampleRecord>(samples.Count);
        // (rule class, verdict) → the first sample with both: the refined class.
        var first = new Dictionary<(int Class, bool Correct), int>();
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            if (sample.AnswerClass < 0 || !judged.Contains(sample.AnswerClass))
            {
                refined.Add(sample);
                continue;
            }
            var key = (sample.AnswerClass, sample.Correct);
            if (!first.TryGetValue(key, out var representative)) first[key] = representative = i;
            refined.Add(sample.AnswerClass == representative ? sample : sample with { AnswerClass = representative });
        }
        return refined;
    }
}

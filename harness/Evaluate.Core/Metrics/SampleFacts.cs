using Evaluate.Core.Analysis;
using Evaluate.Core.Running;

namespace Evaluate.Core.Metrics;

/// <summary>
/// One sample as the metrics read it, and nothing more: about 90 bytes in place of the ~400 a <see cref="SampleRecord"/>
/// with its analysis keeps (no text, no per-round details, shared strings and marker tables). A million-sample run is
/// summarised from a chunked list of these (issue 12: the summary step held every record).
/// </summary>
public readonly struct SampleFacts : IEfficiencyFacts
{
    private readonly Flags _flags;

    private SampleFacts(SampleFactsLine sample, FactsPool pool)
    {
        ProblemId = pool.Shared(sample.ProblemId);
        ProblemIndex = sample.ProblemIndex;
        SampleIndex = sample.SampleIndex;
        Level = pool.SharedOrNull(sample.Level);
        Subject = pool.SharedOrNull(sample.Subject);
        TokenSource = pool.Shared(sample.TokenSource);
        AnswerClass = sample.AnswerClass;
        PromptTokens = sample.PromptTokens;
        CompletionTokens = sample.CompletionTokens;
        ReasoningTokens = sample.ReasoningTokens;
        _score = sample.Score ?? 0;
        StepScores = sample.StepScores is { Count: > 0 } steps ? steps : null;
        var analysis = sample.Analysis;
        _flags = (sample.Correct ? Flags.Correct : 0) | (sample.Easy ? Flags.Easy : 0) | (sample.Extracted is null ? Flags.NoAnswer : 0)
                 | (sample.Truncated ? Flags.Truncated : 0) | (Suites.Verdict.IsUngradable(sample.Reason) ? Flags.Ungradable : 0)
                 | (sample.Score is not null ? Flags.HasScore : 0) | (analysis is not null ? Flags.HasAnalysis : 0)
                 | (analysis is { Truncated: true } ? Flags.AnalysisTruncated : 0) | (sample.UnclosedThink ? Flags.UnclosedThink : 0) | JudgeFlags(sample)
                 | (sample.Reasked ? Flags.Reasked : 0);
        if (analysis is null)
        {
            Markers = Empty;
            _tokensAfterFirstCorrect = _firstCorrectRound = _thoughtSwitches = -1;
            return;
        }
        OutcomeEfficiency = analysis.OutcomeEfficiency;
        ProcessEfficiency = analysis.ProcessEfficiency;
        Rounds = analysis.Rounds;
        _tokensAfterFirstCorrect = analysis.TokensAfterFirstCorrect ?? -1;
        _firstCorrectRound = analysis.FirstCorrectRound ?? -1;
        Markers = pool.SharedMarkers(analysis.Markers);
        _thoughtSwitches = analysis.ThoughtSwitches ?? -1;
    }

    private static readonly IReadOnlyDictionary<string, int> Empty = new Dictionary<string, int>();
    private readonly double _score;
    private readonly int _tokensAfterFirstCorrect;
    private readonly int _firstCorrectRound;
    private readonly int _thoughtSwitches;

    public static SampleFacts Of(SampleFactsLine sample, FactsPool pool) => new(sample, pool);

    public static SampleFacts Of(SampleRecord sample, FactsPool pool) => new(SampleFactsLine.Of(sample), pool);

    public string ProblemId { get; }
    public int ProblemIndex { get; }
    public int SampleIndex { get; }
    public string? Level { get; }
    public string? Subject { get; }
    public string TokenSource { get; }
    public int AnswerClass { get; }
    public int PromptTokens { get; }
    public int CompletionTokens { get; }
    public int ReasoningTokens { get; }
    public double? Score => (_flags & Flags.HasScore) != 0 ? _score : null;
    /// <summary>Per-step scores; null when there are none.</summary>
    public IReadOnlyList<double>? StepScores { get; }
    public bool Correct => (_flags & Flags.Correct) != 0;
    public bool CorrectByItsOwnAnswer => Correct && (_flags & (Flags.Reasked | Flags.JudgeDecided)) == 0;
    public bool Easy => (_flags & Flags.Easy) != 0;
    /// <summary>No answer was extracted.</summary>
    public bool NoAnswer => (_flags & Flags.NoAnswer) != 0;
    public bool Truncated => (_flags & Flags.Truncated) != 0;
    public bool Ungradable => (_flags & Flags.Ungradable) != 0;
    /// <summary>The response opened its thinking and never closed it.</summary>
    public bool UnclosedThink => (_flags & Flags.UnclosedThink) != 0;
    public bool HasAnalysis => (_flags & Flags.HasAnalysis) != 0;
    /// <summary>The run had a judge (the sample records its verdict source).</summary>
    public bool Judged => (_flags & Flags.Judged) != 0;
    /// <summary>The judge decided this sample's score (verdict_source judge).</summary>
    public bool JudgeDecided => (_flags & Flags.JudgeDecided) != 0;
    /// <summary>An audit with a judge verdict: the rules decided and the judge was asked too.</summary>
    public bool Audited => (_flags & Flags.Audited) != 0;
    /// <summary>An audited sample on which the judge's verdict equals the rules'.</summary>
    public bool AuditAgreed => (_flags & Flags.AuditAgreed) != 0;
    /// <summary>The judge was asked and gave no verdict (garbage, empty, failed call).</summary>
    public bool JudgeError => (_flags & Flags.JudgeError) != 0;

    // The analysis figures the overthinking measures read (meaningful when HasAnalysis).
    public double OutcomeEfficiency { get; }
    public double ProcessEfficiency { get; }
    public int Rounds { get; }
    public int? TokensAfterFirstCorrect => _tokensAfterFirstCorrect < 0 ? null : _tokensAfterFirstCorrect;
    public int? FirstCorrectRound => _firstCorrectRound < 0 ? null : _firstCorrectRound;
    public bool AnalysisTruncated => (_flags & Flags.AnalysisTruncated) != 0;
    public IReadOnlyDictionary<string, int> Markers { get; }
    public int? ThoughtSwitches => _thoughtSwitches < 0 ? null : _thoughtSwitches;

    /// <summary>Canonical order: by problem, then sample (the order every sum and the bootstrap see).</summary>
    public static int CompareCanonical(SampleFacts a, SampleFacts b)
    {
        var byProblem = a.ProblemIndex.CompareTo(b.ProblemIndex);
        return byProblem != 0 ? byProblem : a.SampleIndex.CompareTo(b.SampleIndex);
    }

    [Flags]
    private enum Flags : ushort
    {
        Correct = 1, Easy = 2, NoAnswer = 4, Truncated = 8, Ungradable = 16, HasScore = 32, HasAnalysis = 64, AnalysisTruncated = 128,
        UnclosedThink = 256, Judged = 512, JudgeDecided = 1024, Audited = 2048, AuditAgreed = 4096, JudgeError = 8192, Reasked = 16384,
    }

    private static Flags JudgeFlags(SampleFactsLine sample)
    {
        if (sample.VerdictSource is null) return 0;
        var flags = Flags.Judged | (sample.VerdictSource == Grading.Judging.VerdictSources.Judge ? Flags.JudgeDecided : 0);
        if (sample.Judge is not { } judge) return flags;
        if (judge.Error is not null) flags |= Flags.JudgeError;
        if (judge.Audit && judge.Verdict is { } verdict)
            flags |= Flags.Audited | ((verdict == Grading.Judging.JudgeRecord.CorrectText) == sample.Correct ? Flags.AuditAgreed : 0);
        return flags;
    }
}

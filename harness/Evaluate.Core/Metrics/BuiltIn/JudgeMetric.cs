namespace Evaluate.Core.Metrics.BuiltIn;

/// <summary>
/// The grading judge's part in a cell (--judge; see docs/grading.md, the cascade): the share of samples it decided, its
/// agreement with the rules on the audit share (with a Wilson interval), the samples it left without a verdict, and its
/// calls, tokens and cost. Written only for cells graded with a judge, so other runs' summaries keep their bytes.
/// </summary>
public sealed class JudgeMetric : IMetric
{
    public static readonly MetricDescriptor Coverage = new("judge_coverage", MetricDirection.Neutral, MetricKind.Proportion,
        "share of samples whose score the judge decided (the rules could not)", Readers: MetricReaders.Headline, Label: "judge coverage");
    public static readonly MetricDescriptor Agreement = new("judge_agreement", MetricDirection.HigherIsBetter, MetricKind.Proportion,
        "share of audited rule-decided samples on which the judge's verdict equals the rules' (--judge-audit)", Ci: "judge_agreement_ci95",
        Readers: MetricReaders.Headline, Label: "judge agreement (95% CI)", IntervalMethod: "Wilson score interval over audited samples");
    public static readonly MetricDescriptor AgreementCi95 = new("judge_agreement_ci95", MetricDirection.Neutral, MetricKind.Interval,
        "95% Wilson score interval of judge_agreement", IntervalOf: "judge_agreement");
    public static readonly MetricDescriptor Audited = new("judge_audited", MetricDirection.Neutral, MetricKind.Count,
        "audited samples with a judge verdict (the denominator of judge_agreement)");
    public static readonly MetricDescriptor Errors = new("judge_errors", MetricDirection.LowerIsBetter, MetricKind.Count,
        "judge calls that gave no verdict (unparseable or empty reply, failed call): those samples stay ungradable",
        Readers: MetricReaders.Headline, Label: "judge errors");
    public static readonly MetricDescriptor CallsPerProblem = new("mean_judge_calls_per_problem", MetricDirection.LowerIsBetter, MetricKind.Calls,
        "answered judge calls per problem (cache hits included)", Readers: MetricReaders.Headline, Label: "judge calls / problem");
    public static readonly MetricDescriptor TokensPerProblem = new("mean_judge_tokens_per_problem", MetricDirection.LowerIsBetter, MetricKind.Tokens,
        "judge prompt and completion tokens per problem (also in mean_tokens_per_problem)", Readers: MetricReaders.Headline, Label: "judge tokens / problem");
    public static readonly MetricDescriptor Cost = new("judge_cost_usd", MetricDirection.LowerIsBetter, MetricKind.Usd,
        "US dollars the judge's calls cost by the price table (not in cost_usd, which is the cell model's)", Readers: MetricReaders.Headline, Label: "judge cost");

    public IReadOnlyList<MetricDescriptor> Declares { get; } = [Coverage, Agreement, AgreementCi95, Audited, Errors, CallsPerProblem, TokensPerProblem, Cost];

    public void Compute(CellFacts cell, MetricSink sink)
    {
        var samples = cell.Samples;
        var judged = false;
        int decided = 0, audited = 0, agreed = 0, errors = 0;
        foreach (var sample in samples)
        {
            if (!sample.Judged) continue;
            judged = true;
            if (sample.JudgeDecided) decided++;
            if (sample.Audited) audited++;
            if (sample.AuditAgreed) agreed++;
            if (sample.JudgeError) errors++;
        }
        if (!judged) return;
        sink.Add(Coverage, decided / (double)samples.Count);
        // No audit, no agreement: absent, never a perfect score.
        sink.Add(Agreement, audited == 0 ? null : agreed / (double)audited);
        sink.Add(AgreementCi95, WilsonInterval.Ci95(agreed, audited) is { } ci ? new[] { ci.Low, ci.High } : null);
        sink.Add(Audited, audited);
        sink.Add(Errors, errors);
        var problems = cell.Problems;
        sink.Add(CallsPerProblem, problems.Count == 0 ? null : problems.Average(p => (double)p.JudgeCalls));
        sink.Add(TokensPerProblem, problems.Count == 0 ? null : problems.Average(p => (double)(p.JudgePromptTokens + p.JudgeCompletionTokens)));
        if (cell.JudgePrice is { } price)
            sink.Add(Cost, problems.Sum(p => price.CostUsd(p.JudgePromptTokens, 0, p.JudgeCompletionTokens, 0)));
    }
}

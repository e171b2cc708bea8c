namespace Evaluate.Reports.Statistics;

/// <summary>How a gate's p-values are adjusted for testing many rules × cells at once (one gate = one family).</summary>
public enum MultipleTestCorrection
{
    /// <summary>Holm's step-down (1979): controls the family-wise error rate like Bonferroni, never less powerful.</summary>
    Holm,
    /// <summary>Every p multiplied by the number of tests.</summary>
    Bonferroni,
    /// <summary>Each test at its own α: the chance that some test of an unchanged model fails grows with the count.</summary>
    None,
}

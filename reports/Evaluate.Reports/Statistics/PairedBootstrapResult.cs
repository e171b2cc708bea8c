namespace Evaluate.Reports.Statistics;

/// <summary>A paired bootstrap's observed mean difference, its 95% percentile interval and two-sided p-value.</summary>
public sealed record PairedBootstrapResult(double Delta, double Low, double High, double PValue, int Resamples);

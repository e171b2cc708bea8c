namespace Evaluate.Reports.Statistics;

/// <summary>A sign-flip test's two-sided p-value; <see cref="Resamples"/> is 0 when the null distribution was enumerated exactly.</summary>
public sealed record SignFlipResult(double PValue, bool Exact, int Resamples)
{
    public string Name => Exact ? "sign-flip-exact" : "sign-flip-mc";
}

namespace Evaluate.Core.Rewards;

/// <summary>The logistic function that maps a latent reward margin to a score in (0, 1).</summary>
public static class RewardSigmoid
{
    public static double Of(double x) => 1.0 / (1.0 + Math.Exp(-x));
}

using Evaluate.Core.Components;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// Knobs of the simulated reasoner, e.g. <c>sim:skill=0.7,overthink=0.5</c>: also the <c>sim</c> model's typed options,
/// so help, the range checks and the defaults come from these declarations.
/// </summary>
public sealed record SimulatedReasonerOptions(
    [property: Option("chance a step is right on the easiest problem (falls with difficulty)", Min = 0, Max = 1)] double Skill = 0.7,
    [property: Option("mean redundant re-verification rounds after the first answer (more on easy problems)", Min = 0, Max = 10)] double Overthink = 0.3,
    [property: Option("length of each reasoning step", Min = 0, MinExclusive = true, Max = 10)] double Verbosity = 1.0,
    [property: Option("think inside <think>…</think> before answering, as reasoning models do (returned as reasoning; a prefix that opens <think> asks for it too)")] bool Think = false,
    [property: Option("how it answers a grading judge's prompt (--judge sim:judge=…): match (CORRECT when the reference answer appears in the response's final part), correct, incorrect, garbage (no verdict line), empty, both (two verdict lines), lower (a lower-case verdict)",
        Choices = ["match", "correct", "incorrect", "garbage", "empty", "both", "lower"])] string Judge = "match")
{
    /// <summary>The options a spec sets over the defaults; unknown or out-of-range values are usage errors.</summary>
    public static SimulatedReasonerOptions From(ComponentSpec spec) => ComponentOptions.Bind<SimulatedReasonerOptions>(spec);

    /// <summary>Probability that the whole solution is right: skill compounded over more steps as difficulty grows.</summary>
    public double SuccessProbability(double difficulty) => Math.Pow(Skill, 1 + 2 * Math.Clamp(difficulty, 0, 1));

    /// <summary>
    /// The success probability of one particular problem: the suite-level probability shifted on the logit scale by
    /// the problem's latent hardness (a standard normal draw fixed per problem). Samples of one problem are therefore
    /// correlated, as with real models: some problems are hard for every sample, so pass@k saturates realistically.
    /// </summary>
    public double SuccessProbability(double difficulty, double latentHardness)
    {
        var p = Math.Clamp(SuccessProbability(difficulty), 1e-6, 1 - 1e-6);
        var logit = Math.Log(p / (1 - p)) - LatentSpread * latentHardness;
        return 1 / (1 + Math.Exp(-logit));
    }

    /// <summary>How strongly problems differ beyond their labelled difficulty (logit units per standard deviation).</summary>
    public const double LatentSpread = 1.5;

    /// <summary>Mean number of redundant rounds after the first answer: higher on easy problems, as observed in o1-like models.</summary>
    public double MeanExtraRounds(double difficulty) => Overthink * (1 + 2 * (1 - Math.Clamp(difficulty, 0, 1)));
}

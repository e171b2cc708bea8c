using Evaluate.Core.Components;

namespace Evaluate.Adapters.Simulated;

/// <summary>
/// Knobs of the simulated reasoner, e.g. <c>sim:skill=0.7,overthink=0.5</c>.
/// <paramref name="Skill"/>: chance that a step is right on the easiest problem (falls with difficulty).
/// <paramref name="Overthink"/>: how many redundant re-verification rounds follow the first answer (more on easy problems).
/// <paramref name="Verbosity"/>: scales the length of each step.
/// </summary>
public sealed record SimulatedReasonerOptions(double Skill = 0.7, double Overthink = 0.3, double Verbosity = 1.0)
{
    public static SimulatedReasonerOptions From(ComponentSpec spec)
    {
        spec.RequireKnown("skill", "overthink", "verbosity");
        var options = new SimulatedReasonerOptions(
            spec.GetDouble("skill", 0.7), spec.GetDouble("overthink", 0.3), spec.GetDouble("verbosity", 1.0));
        if (options.Skill is < 0 or > 1) throw new Evaluate.Core.UsageException($"sim: skill must be in [0, 1], got {options.Skill}");
        if (options.Overthink is < 0 or > 10) throw new Evaluate.Core.UsageException($"sim: overthink must be in [0, 10], got {options.Overthink}");
        if (options.Verbosity is <= 0 or > 10) throw new Evaluate.Core.UsageException($"sim: verbosity must be in (0, 10], got {options.Verbosity}");
        return options;
    }

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

namespace Evaluate.Composition;

/// <summary>What `gate calibrate` measures and where it works.</summary>
/// <param name="Plan">The plan file; its seed (or <paramref name="Seed"/>) makes the baseline.</param>
/// <param name="Rules">A gate rules file; null: the default rules.</param>
/// <param name="Reruns">Reruns per arm (unchanged model; worse model with <paramref name="Worse"/>), at seeds baseline + i × <see cref="GateCalibration.SeedStride"/>.</param>
/// <param name="Worse">A model spec (e.g. sim:skill=0.55) that replaces the plan's one model for the detection arm.</param>
/// <param name="Limit">Problems per suite, over the plan's limit.</param>
/// <param name="Out">Keep every run here (must be empty or absent); null: a temporary directory, deleted as it goes.</param>
/// <param name="Parallel">Reruns at once (each still runs with the plan's concurrency); results do not depend on it.</param>
public sealed record GateCalibrationOptions(string Plan, string? Rules, int Reruns, string? Worse = null, int? Limit = null, string? Data = null,
    string? Out = null, long? Seed = null, int Parallel = 1);

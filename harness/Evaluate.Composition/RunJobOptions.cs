namespace Evaluate.Composition;

/// <summary>How a <see cref="RunJob"/> is run, as opposed to what it runs (the plan).</summary>
/// <param name="Data">Dataset directory (else $EVALUATE_DATA, else the user cache).</param>
/// <param name="Out">Output directory (else results/&lt;timestamp&gt;-&lt;name&gt;).</param>
/// <param name="Resume">Continue the run in <paramref name="Out"/>, which must be the same run (its fingerprint).</param>
/// <param name="Output">Where notes and text exporters write.</param>
/// <param name="Plain">No colours or box drawing.</param>
/// <param name="Shard">Run only this shard of every cell's problems (see docs/scale.md); null runs them all.</param>
/// <param name="AllowUnverifiedData">Run on data files whose SHA-256 differs from their pin (recorded in manifest.json).</param>
public sealed record RunJobOptions(string? Data, string? Out, bool Resume, TextWriter Output, bool Plain = true, Core.Sharding.Shard? Shard = null,
    bool AllowUnverifiedData = false);

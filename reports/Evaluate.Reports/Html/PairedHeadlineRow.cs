using Evaluate.Reports.Charts;

namespace Evaluate.Reports.Html;

/// <summary>
/// One cell of the headline, paired across runs: each run's figures (null where the run has no such cell), then each
/// other run's deltas against the reference run.
/// </summary>
public sealed record PairedHeadlineRow(PairedCell Cell, IReadOnlyList<HeadlineRow?> Runs, IReadOnlyList<HeadlineDelta> Deltas);

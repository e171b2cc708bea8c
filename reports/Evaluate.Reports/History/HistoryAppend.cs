namespace Evaluate.Reports.History;

/// <summary>Where a run landed in the history: its entry, and whether that entry was there already (the same run recorded again).</summary>
public sealed record HistoryAppend(long Id, bool AlreadyRecorded);

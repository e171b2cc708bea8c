namespace Evaluate.Core.Suites;

/// <summary>
/// A suite's data file or folder is not in the data directory: a usage error (exit 2) naming it and how to get it.
/// Its own type so that a reader that can do without the data (replay, whose records may carry problem and gold) can
/// tell it from a broken file.
/// </summary>
public sealed class MissingDataException(string message) : UsageException(message);

namespace Evaluate.Suites.Downloads;

/// <summary>
/// A download that could not be completed or was rejected (network unreachable, HTTP error, wrong SHA-256, unsafe
/// archive). An <see cref="InvalidOperationException"/> so the CLI reports it as a user-fixable error (exit code 2)
/// without a stack trace.
/// </summary>
public sealed class DatasetDownloadException(string message, Exception? inner = null) : InvalidOperationException(message, inner);

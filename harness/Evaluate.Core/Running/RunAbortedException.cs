namespace Evaluate.Core.Running;

/// <summary>
/// The run stopped itself because it was failing wholesale (too many errored problems, or the same permanent error
/// from the start). Everything finished is written and summarised; the CLI exits with code 3 and this message.
/// </summary>
public sealed class RunAbortedException(string message, Exception? cause = null) : Exception(message, cause)
{
    /// <summary>What the user can do next (the CLI prints it under the message).</summary>
    public string Hint { get; init; } = "Everything finished so far is written and summarised; fix the cause, then --resume retries the errored problems.";
}

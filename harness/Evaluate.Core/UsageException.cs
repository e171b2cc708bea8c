namespace Evaluate.Core;

/// <summary>
/// The user's to fix: a bad flag, plan value, component spec, file or data record. The one failure the CLI maps to
/// exit code 2 with its message alone; anything else that escapes is a bug and fails loudly with its stack trace.
/// </summary>
public class UsageException : Exception
{
    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception inner) : base(message, inner) { }
}

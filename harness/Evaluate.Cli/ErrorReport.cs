using Evaluate.Core.Problems;

namespace Evaluate.Cli;

/// <summary>Which failures are the user's to fix (bad flags, config or data: exit code 2) rather than bugs.</summary>
public static class ErrorReport
{
    public static bool IsUserError(Exception e) => e is DatasetFormatException or ArgumentException or FormatException
        or FileNotFoundException or DirectoryNotFoundException or InvalidOperationException or NotSupportedException
        or YamlDotNet.Core.YamlException;
}

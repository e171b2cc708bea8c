namespace Evaluate.Cli.Terminal;

/// <summary>Plain line output when stdout is not a terminal or CI=true; a live progress bar otherwise.</summary>
public static class ConsoleMode
{
    public static bool IsPlain =>
        Console.IsOutputRedirected ||
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

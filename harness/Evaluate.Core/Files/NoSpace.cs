namespace Evaluate.Core.Files;

/// <summary>
/// Recognises a full disk (or exhausted quota) in the exceptions .NET raises for it, on Linux, macOS and Windows, so
/// the CLI can say so in one line instead of failing on whatever was read back half-written.
/// </summary>
public static class NoSpace
{
    private const int Enospc = 28;
    private static readonly int Edquot = OperatingSystem.IsMacOS() ? 69 : 122;
    private const int WindowsDiskFull = 0x70, WindowsHandleDiskFull = 0x27;

    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is not IOException) continue;
            var code = OperatingSystem.IsWindows() ? e.HResult & 0xFFFF : e.HResult;
            if (OperatingSystem.IsWindows() ? code is WindowsDiskFull or WindowsHandleDiskFull : code == Enospc || code == Edquot) return true;
            if (e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("quota exceeded", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The exception the operating system's ENOSPC becomes in .NET, naming the file.</summary>
    public static IOException Exception(string path) => new($"No space left on device : '{path}'", Enospc);
}

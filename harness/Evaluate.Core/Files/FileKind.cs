using System.Runtime.InteropServices;

namespace Evaluate.Core.Files;

/// <summary>
/// Tells a pipe, device or socket from a regular file without opening it: opening a FIFO blocks until something
/// writes to it, which is how `replay` used to hang. .NET has no public API for the file type, so this asks the
/// runtime's own native shim (the stat behind FileInfo), whose status layout is the same on every Unix.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharacterDevice = 0x2000, BlockDevice = 0x6000, Socket = 0xC000;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

    /// <summary>What <paramref name="path"/> is when it is not a regular file or directory ("a pipe (FIFO)", …); else null.</summary>
    public static string? Special(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        // Larger than the runtime's FileStatus on any version; Mode is its second 32-bit field.
        var status = new byte[512];
        try
        {
            if (Stat(path, status) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Fifo => "a pipe (FIFO)",
            CharacterDevice or BlockDevice => "a device",
            Socket => "a socket",
            _ => null,
        };
    }
}

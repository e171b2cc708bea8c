namespace Evaluate.Tests.Support;

/// <summary>
/// What every expected failure of the CLI must look like: exit 2, 3 or 4; one line on stderr naming the file and the
/// cause; no .NET stack frame or exception type name; no temporary file left behind.
/// </summary>
public static class FailureAssert
{
    public static void Expected(int code, string error, string names, string? work = null)
    {
        Assert.That(code, Is.AnyOf(2, 3, 4), error);
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception"), "no stack trace or exception type reaches the user");
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Length.EqualTo(1), "one line: " + error);
        Assert.That(lines[0], Does.StartWith("error: ").And.Contain(names));
        if (work is not null) NoTemporaryFiles(work);
    }

    public static void NoTemporaryFiles(string root)
    {
        if (!Directory.Exists(root)) return;
        Assert.That(Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories).ToList(), Is.Empty, "a .tmp file was left behind");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, uint mode);

    /// <summary>Makes a named pipe (Linux, macOS); tests that need one are skipped on Windows.</summary>
    public static string Fifo(string path)
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("named pipes (mkfifo) are a Unix test");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Assert.That(MakeFifo(path, 0x1B6 /* 0666 */), Is.Zero, $"mkfifo {path}");
        return path;
    }
}

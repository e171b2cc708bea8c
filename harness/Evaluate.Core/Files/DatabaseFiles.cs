namespace Evaluate.Core.Files;

/// <summary>
/// The SQLite files Evaluate keeps (the response cache, the history): checked before SQLite opens them, so a directory,
/// a pipe or a missing folder is a usage error naming the flag and the path, not a database error code.
/// </summary>
public static class DatabaseFiles
{
    public static void RequireUsable(string path, string what)
    {
        if (Directory.Exists(path)) throw new UsageException($"{what} '{path}' is a directory, not a database file");
        if (File.Exists(path) && FileKind.Special(Path.GetFullPath(path)) is { } kind)
            throw new UsageException($"{what} '{path}' is {kind}, not a database file");
    }
}

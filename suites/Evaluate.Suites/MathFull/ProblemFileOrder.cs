namespace Evaluate.Suites.MathFull;

/// <summary>Orders MATH problem files by folder, then by the number in the file name (2.json before 10.json).</summary>
public sealed class ProblemFileOrder : IComparer<string>
{
    public static ProblemFileOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var byFolder = string.CompareOrdinal(Path.GetDirectoryName(x), Path.GetDirectoryName(y));
        if (byFolder != 0) return byFolder;
        var nx = Path.GetFileNameWithoutExtension(x);
        var ny = Path.GetFileNameWithoutExtension(y);
        if (long.TryParse(nx, out var a) && long.TryParse(ny, out var b) && a != b) return a.CompareTo(b);
        return string.CompareOrdinal(nx, ny);
    }
}

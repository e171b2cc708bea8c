using System.Formats.Tar;
using System.Text;
using System.Text.Json;

namespace Evaluate.Tests.Datasets;

/// <summary>Builds small tar archives in the layout of MATH.tar (MATH/test/&lt;subject&gt;/&lt;n&gt;.json), with optional hostile entries.</summary>
internal static class MathArchive
{
    public static string Problem(string problem, string level, string type, string solution) =>
        JsonSerializer.Serialize(new { problem, level, type, solution });

    public static byte[] Build(IEnumerable<(string Name, string Content)> files, Action<TarWriter>? extra = null)
    {
        using var memory = new MemoryStream();
        using (var writer = new TarWriter(memory, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in files)
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
            extra?.Invoke(writer);
        }
        return memory.ToArray();
    }

    public static byte[] TwoProblems() => Build(
    [
        ("MATH/test/algebra/1.json", Problem("What is $1+1$?", "Level 1", "Algebra", "It is $\\boxed{2}$.")),
        ("MATH/test/algebra/10.json", Problem("Compute $\\frac{1}{2}+\\frac{1}{2}$.", "Level 3", "Algebra", "First $\\boxed{x}$, then $\\boxed{1}$.")),
        ("MATH/test/geometry/2.json", Problem("How many sides has a square?", "Level ?", "Geometry", "$\\boxed{4}$")),
        ("MATH/train/algebra/5.json", Problem("Train problem", "Level 2", "Algebra", "$\\boxed{5}$")),
    ]);
}

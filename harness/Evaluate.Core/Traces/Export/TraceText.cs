using System.Text;

namespace Evaluate.Core.Traces.Export;

/// <summary>
/// Escaping of the free text a linearised trace carries (problem, steps, answers: model output, hostile input). Each
/// event is one line, so a line break inside a step could forge a marker line ("\nGoal #3"): backslash, line feed and
/// carriage return are written as \\, \n and \r, and nothing else is changed. The reverse refuses any other escape,
/// so a text parses back to exactly the string that was written.
/// </summary>
public static class TraceText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('\\', '\n', '\r') < 0) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                _ => null,
            });
            if (c is not ('\\' or '\n' or '\r')) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The text <see cref="Escape"/> was given; null when <paramref name="escaped"/> holds a bare line break or an unknown escape.</summary>
    public static string? Unescape(string escaped)
    {
        if (escaped.AsSpan().IndexOfAny('\\', '\n', '\r') < 0) return escaped;
        var builder = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c is '\n' or '\r') return null;
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }
            if (++i >= escaped.Length) return null;
            switch (escaped[i])
            {
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                default: return null;
            }
        }
        return builder.ToString();
    }
}

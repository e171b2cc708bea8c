using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Tests.Scale;

/// <summary>
/// Every `evaluate` command in deploy/: shell lines of the SLURM scripts (backslash continuations joined, quotes
/// removed), the Kubernetes containers' command + args, and the Dockerfile's ENTRYPOINT + CMD. A command is found by
/// its program: `evaluate`, or `dotnet …/evaluate.dll`. A wrapper that passes its arguments on ("$@") is no command of
/// its own and is left out, like an ENTRYPOINT with no verb (the verb comes from the container's args).
/// </summary>
public static partial class DeployCommandLines
{
    public static List<DeployCommandLine> All(string deploy)
    {
        var found = new List<DeployCommandLine>();
        foreach (var file in Directory.GetFiles(deploy, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(deploy, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            IEnumerable<IReadOnlyList<string>> lines = Path.GetExtension(file) switch
            {
                ".yaml" or ".yml" => Kubernetes(text),
                _ when Path.GetFileName(file) == "Dockerfile" => Docker(text),
                _ => Shell(text),
            };
            foreach (var words in lines)
                if (AfterProgram(words) is { Length: > 0 } rest && !rest[0].StartsWith('$'))
                    found.Add(new DeployCommandLine(name, rest));
        }
        return found;
    }

    /// <summary>The words after `evaluate` or `dotnet X/evaluate.dll`; null when the line runs neither.</summary>
    private static string[]? AfterProgram(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "evaluate") return [.. words.Skip(i + 1)];
            if (words[i] == "dotnet" && i + 1 < words.Count && (words[i + 1] == "evaluate.dll" || words[i + 1].EndsWith("/evaluate.dll", StringComparison.Ordinal)))
                return [.. words.Skip(i + 2)];
        }
        return null;
    }

    private static IEnumerable<IReadOnlyList<string>> Shell(string text)
    {
        var joined = Continuation().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), " ");
        foreach (var line in joined.Split('\n'))
        {
            var code = line.TrimStart();
            if (code.StartsWith('#')) continue;
            yield return Word().Matches(code).Select(m => m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["s"].Success ? m.Groups["s"].Value : m.Value).ToList();
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Docker(string text)
    {
        // ENTRYPOINT and CMD of the final stage, in exec form, make one command line (CMD gives ENTRYPOINT's arguments).
        var final = text[text.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        var words = new List<string>();
        foreach (var m in ExecForm().Matches(final).OrderBy(m => m.Groups["instruction"].Value == "CMD"))
            words.AddRange(Quoted().Matches(m.Groups["list"].Value).Select(q => q.Groups[1].Value));
        yield return words;
        // A RUN that writes a wrapper script is shell text too.
        foreach (var line in Shell(text)) yield return line;
    }

    private static IEnumerable<IReadOnlyList<string>> Kubernetes(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var command = new YamlScalarNode("command");
        var args = new YamlScalarNode("args");
        foreach (var container in stream.Documents.SelectMany(d => d.AllNodes.OfType<YamlMappingNode>()).Where(m => m.Children.ContainsKey(command)))
        {
            var words = Sequence(container.Children[command]).ToList();
            if (container.Children.TryGetValue(args, out var list)) words.AddRange(Sequence(list));
            yield return words;
        }
    }

    private static IEnumerable<string> Sequence(YamlNode node) => ((YamlSequenceNode)node).Children.Select(n => ((YamlScalarNode)n).Value!);

    [GeneratedRegex(@"^(?<instruction>ENTRYPOINT|CMD)\s+\[(?<list>[^\]]*)\]", RegexOptions.Multiline)]
    private static partial Regex ExecForm();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\\\n")]
    private static partial Regex Continuation();

    [GeneratedRegex("\"(?<d>[^\"]*)\"|'(?<s>[^']*)'|[^\\s]+")]
    private static partial Regex Word();
}

using Evaluate.Core.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Core.Plans;

/// <summary>
/// Reads a plan file. YAML and JSON both go through YamlDotNet (JSON is YAML), with the snake_case keys of the
/// <see cref="PlanKeyTable"/> (<c>skip_missing_suites</c>, <c>max_tokens</c>). Each key is read by its own declaration;
/// an unknown key, a key given twice or a value of the wrong type is an error naming the file, line and key.
/// </summary>
public static class RunPlanFile
{
    public static RunPlan Load(string path) => Load(path, PlanKeyTable.Core);

    public static RunPlan Load(string path, PlanKeyTable keys) => Load(path, keys, null);

    /// <param name="given">Collects the keys the file sets (a protocol preset gives way to them, see <see cref="Protocols.ProtocolPreset"/>).</param>
    public static RunPlan Load(string path, PlanKeyTable keys, ISet<string>? given)
    {
        Files.TextFiles.RequireRegularFile(path, "plan file");
        var root = Parse(path);
        if (root is null) return new RunPlan();
        if (root is not YamlMappingNode mapping) throw Error(path, root, "(plan)", "must be a mapping of plan keys (name: value)");
        var plan = new RunPlan();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? throw Error(path, keyNode, "(plan)", "a key must be a name");
            var key = keys.Find(name) ?? throw Error(path, keyNode, name, $"is not a plan key{Components.DidYouMean.Suggest(name, keys.Keys.Select(k => k.Name))}");
            if (!seen.Add(name)) throw Error(path, keyNode, name, "is given twice");
            try
            {
                plan = key.Read(plan, Text(valueNode));
            }
            catch (PlanValueException e)
            {
                throw Error(path, valueNode, name, e.Message);
            }
        }
        given?.UnionWith(seen);
        return plan;
    }

    private static YamlNode? Parse(string path)
    {
        try
        {
            using var reader = Files.TextFiles.OpenReader(path, path, "plan file");
            var stream = new YamlStream();
            stream.Load(reader);
            // A second document (after --- or ...) would be dropped without a word: its keys would silently not apply.
            if (stream.Documents.Count > 1)
                throw new DatasetFormatException(path, (int)stream.Documents[1].RootNode.Start.Line, "(plan)",
                    $"holds {stream.Documents.Count} YAML documents (separated by --- or ...); a plan is one mapping of plan keys");
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" } ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // The parser refuses a repeated key itself; say so in the same words as the other key errors.
            const string duplicate = "Duplicate key ";
            if (message.StartsWith(duplicate, StringComparison.Ordinal))
                throw new DatasetFormatException(path, (int)e.Start.Line, message[duplicate.Length..], "is given twice");
            throw new DatasetFormatException(path, (int)e.Start.Line, "(plan)", message);
        }
    }

    /// <summary>The node as plan text: a scalar, a list of scalars, or null (<c>~</c>, <c>null</c> or nothing: the default).</summary>
    private static PlanText Text(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => PlanText.Null,
        YamlScalarNode scalar => PlanText.Of(scalar.Value ?? ""),
        YamlSequenceNode sequence => PlanText.Of(sequence.Children.Select(item =>
            (item as YamlScalarNode)?.Value ?? throw new PlanValueException("list items must be plain values")).ToList()),
        _ => throw new PlanValueException("must be a value or a list of values"),
    };

    private static DatasetFormatException Error(string path, YamlNode node, string key, string message) =>
        new(path, (int)node.Start.Line, key, message);
}

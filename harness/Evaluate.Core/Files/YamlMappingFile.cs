using Evaluate.Core.Problems;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Core.Files;

/// <summary>
/// A small YAML file whose root is one mapping (a price table, a protocol preset), read with every error naming the
/// file, line and field (<see cref="DatasetFormatException"/>, exit 2), as plan files are read.
/// </summary>
public static class YamlMappingFile
{
    /// <summary>The root mapping; an empty file is an empty mapping.</summary>
    public static YamlMappingNode Load(string path, string what)
    {
        TextFiles.RequireRegularFile(path, what);
        try
        {
            using var reader = TextFiles.OpenReader(path, path, what);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count > 1)
                throw new DatasetFormatException(path, (int)stream.Documents[1].RootNode.Start.Line, $"({what})",
                    $"holds {stream.Documents.Count} YAML documents; a {what} is one mapping");
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
            return stream.Documents[0].RootNode as YamlMappingNode
                   ?? throw Error(path, stream.Documents[0].RootNode, $"({what})", "must be a mapping (name: value)");
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            const string duplicate = "Duplicate key ";
            if (message.StartsWith(duplicate, StringComparison.Ordinal))
                throw new DatasetFormatException(path, (int)e.Start.Line, message[duplicate.Length..], "is given twice");
            throw new DatasetFormatException(path, (int)e.Start.Line, $"({what})", message);
        }
    }

    /// <summary>A mapping's entries as (name, key node, value node); a key that is not a plain name is an error.</summary>
    public static IEnumerable<(string Name, YamlNode Key, YamlNode Value)> Entries(string path, YamlMappingNode mapping, string field) =>
        mapping.Children.Select(pair => (
            (pair.Key as YamlScalarNode)?.Value ?? throw Error(path, pair.Key, field, "a key must be a name"), pair.Key, pair.Value));

    /// <summary>A scalar's text; a list or mapping where one value belongs is an error naming the field.</summary>
    public static string Scalar(string path, YamlNode node, string field) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(path, node, field, "must be one value");

    public static DatasetFormatException Error(string path, YamlNode node, string field, string message) =>
        new(path, (int)node.Start.Line, field, message);
}

using System.Text.Json;
using Evaluate.Core.Running;

namespace Evaluate.Core.Traces.Export;

/// <summary>The raw tree: the <see cref="TraceTree"/> as one JSON object (nodes, visit order, solution, answer).</summary>
public sealed class JsonTreeFormat : ITraceFormat
{
    public const string FormatName = "jsonl-tree";

    public string Name => FormatName;

    public string Write(TraceTree tree) => JsonSerializer.Serialize(tree, ResultJson.Lines);

    public TraceTree Read(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<TraceTree>(text, ResultJson.Lines) ?? throw new TraceParseException(1, "null, not a tree");
        }
        catch (JsonException e)
        {
            throw new TraceParseException(1, $"{e.Path ?? "(text)"}: {e.Message}");
        }
    }
}

namespace Evaluate.Core.Traces.Export;

/// <summary>A way of writing a trace's tree as one training text, and of reading that text back into the same tree.</summary>
public interface ITraceFormat
{
    /// <summary>The name --format takes.</summary>
    string Name { get; }

    string Write(TraceTree tree);

    /// <summary>The tree <paramref name="text"/> describes; <see cref="TraceParseException"/> when it describes none.</summary>
    TraceTree Read(string text);
}

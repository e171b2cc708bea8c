using Google.Protobuf;
using Onnx;

namespace Evaluate.Onnx.TestModels;

/// <summary>
/// Writes small ONNX graphs with the ONNX protobuf types (opset 17). Dimensions are numbers or symbolic names
/// ("batch", "sequence"), as exporters write them.
/// </summary>
public sealed class GraphBuilder
{
    private readonly GraphProto _graph = new() { Name = "test" };
    private readonly Dictionary<string, MemoryStream> _external = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _extraOpsets = new(StringComparer.Ordinal);

    public GraphBuilder Input(string name, TensorProto.Types.DataType type, params object[] dims)
    {
        _graph.Input.Add(Value(name, type, dims));
        return this;
    }

    public GraphBuilder Output(string name, TensorProto.Types.DataType type, params object[] dims)
    {
        _graph.Output.Add(Value(name, type, dims));
        return this;
    }

    public GraphBuilder Floats(string name, float[] values, params long[] dims) =>
        Initializer(name, TensorProto.Types.DataType.Float, dims, tensor => tensor.FloatData.AddRange(values));

    public GraphBuilder Longs(string name, long[] values, params long[] dims) =>
        Initializer(name, TensorProto.Types.DataType.Int64, dims, tensor => tensor.Int64Data.AddRange(values));

    /// <summary>
    /// A float initializer stored outside the graph, as exporters do for large weights (transformers.js's
    /// <c>model_q4.onnx_data</c>, optimum's <c>model.onnx_data</c>): the tensor records its file, offset and length
    /// (<c>data_location = EXTERNAL</c>), and <see cref="Save"/> writes the bytes to that file next to the graph.
    /// </summary>
    public GraphBuilder ExternalFloats(string name, float[] values, string location, params long[] dims)
    {
        if (!_external.TryGetValue(location, out var data)) _external[location] = data = new MemoryStream();
        var offset = data.Length;
        foreach (var value in values) data.Write(BitConverter.GetBytes(value)); // ONNX stores raw data little-endian, as this platform does
        return Initializer(name, TensorProto.Types.DataType.Float, dims, tensor =>
        {
            tensor.DataLocation = TensorProto.Types.DataLocation.External;
            tensor.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = location });
            tensor.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            tensor.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = (values.Length * sizeof(float)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        });
    }

    private GraphBuilder Initializer(string name, TensorProto.Types.DataType type, long[] dims, Action<TensorProto> fill)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type };
        tensor.Dims.AddRange(dims);
        fill(tensor);
        _graph.Initializer.Add(tensor);
        return this;
    }

    public GraphBuilder Node(string op, string[] inputs, string[] outputs, params (string Name, long Value)[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = $"{op}_{_graph.Node.Count}" };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        foreach (var (name, value) in attributes)
            node.Attribute.Add(new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value });
        _graph.Node.Add(node);
        return this;
    }

    /// <summary>A node of any domain ("" is standard ONNX; "com.microsoft" for ONNX Runtime's contrib ops, which also imports that opset).</summary>
    public GraphBuilder Node(string op, string[] inputs, string[] outputs, string domain, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = op, Name = $"{op}_{_graph.Node.Count}", Domain = domain };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        node.Attribute.AddRange(attributes);
        _graph.Node.Add(node);
        if (domain.Length > 0) _extraOpsets[domain] = 1;
        return this;
    }

    /// <summary>Half-precision initializer (stored as raw little-endian bytes, as exporters write them).</summary>
    public GraphBuilder Float16s(string name, float[] values, params long[] dims) =>
        Initializer(name, TensorProto.Types.DataType.Float16, dims, tensor =>
            tensor.RawData = ByteString.CopyFrom([.. values.SelectMany(v => BitConverter.GetBytes(BitConverter.HalfToUInt16Bits((Half)v)))]));

    /// <summary>The graph built so far, for use as a subgraph (an If node's branch); its inputs may name outer values.</summary>
    public GraphProto AsSubgraph(string name)
    {
        var graph = _graph.Clone();
        graph.Name = name;
        return graph;
    }

    public static AttributeProto Attribute(string name, long value) => new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Attribute(string name, float value) => new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    public static AttributeProto Attribute(string name, GraphProto value) => new() { Name = name, Type = AttributeProto.Types.AttributeType.Graph, G = value };

    public static AttributeProto Attribute(string name, long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    /// <summary>A node with one list-of-ints attribute (Transpose's <c>perm</c>).</summary>
    public GraphBuilder Node(string op, string[] inputs, string[] outputs, string listAttribute, long[] values)
    {
        Node(op, inputs, outputs);
        var attribute = new AttributeProto { Name = listAttribute, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        _graph.Node[^1].Attribute.Add(attribute);
        return this;
    }

    public void Save(string path)
    {
        var model = new ModelProto { IrVersion = 8, ProducerName = "Evaluate.Onnx.Tests", Graph = _graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 17 });
        foreach (var (domain, version) in _extraOpsets) model.OpsetImport.Add(new OperatorSetIdProto { Domain = domain, Version = version });
        File.WriteAllBytes(path, model.ToByteArray());
        foreach (var (location, data) in _external)
            File.WriteAllBytes(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!, location), data.ToArray());
    }

    private static ValueInfoProto Value(string name, TensorProto.Types.DataType type, object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
            shape.Dim.Add(dim is string symbol ? new TensorShapeProto.Types.Dimension { DimParam = symbol }
                : new TensorShapeProto.Types.Dimension { DimValue = Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture) });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } },
        };
    }
}

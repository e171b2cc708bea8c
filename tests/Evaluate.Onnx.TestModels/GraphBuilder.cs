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
        File.WriteAllBytes(path, model.ToByteArray());
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

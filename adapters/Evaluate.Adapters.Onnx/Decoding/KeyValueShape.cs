using Microsoft.ML.OnnxRuntime.Tensors;

namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>Shape of one layer's past key or value: [batch, heads, past length, head dimension] of one element type.</summary>
public sealed record KeyValueShape(int Layers, long Heads, long HeadDimension, TensorElementType ElementType);

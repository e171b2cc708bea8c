namespace Evaluate.Adapters.Onnx.Runtime;

/// <summary>Where ONNX Runtime runs the graph. <see cref="Auto"/> picks the best provider the installed build has.</summary>
public enum ExecutionProvider { Auto, Cpu, DirectML, Cuda }

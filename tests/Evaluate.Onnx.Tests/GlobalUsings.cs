global using NUnit.Framework;
global using Evaluate.Onnx.TestModels;

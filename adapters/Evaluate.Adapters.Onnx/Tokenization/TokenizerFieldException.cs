namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>A tokenizer.json field that is malformed or asks for something not implemented, named by its JSON path
/// (e.g. <c>pre_tokenizer.pretokenizers[1].behavior</c>); <see cref="TokenizerJson.Load"/> adds the file's name.</summary>
internal sealed class TokenizerFieldException(string field, string reason) : Exception($"{field}: {reason}");

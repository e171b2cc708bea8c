namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>A stretch of text on its way to the model. <paramref name="StartsText"/>: it begins at the first character
/// of the encoded text, which Metaspace's <c>prepend_scheme: first</c> asks.</summary>
internal readonly record struct Piece(string Text, bool StartsText);

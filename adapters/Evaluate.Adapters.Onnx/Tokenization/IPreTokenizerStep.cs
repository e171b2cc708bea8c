namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>One step of the <c>pre_tokenizer</c> section: cuts a piece into smaller pieces (and may rewrite them).</summary>
internal interface IPreTokenizerStep
{
    void Split(Piece piece, List<Piece> output);
}

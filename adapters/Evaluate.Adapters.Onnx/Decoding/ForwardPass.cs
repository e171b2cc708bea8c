namespace Evaluate.Adapters.Onnx.Decoding;

/// <summary>
/// What one forward pass fed and got back, reported to <see cref="BatchDecoder.PassRun"/> so that tests (and a
/// curious caller) can see how a request was run — rows, new tokens, past length, logits positions — without timing.
/// </summary>
/// <param name="Rows">Batch rows fed.</param>
/// <param name="NewTokens">Tokens fed per row in this pass.</param>
/// <param name="PastLength">Tokens already in the key/value cache (0 without one).</param>
/// <param name="LogitsPositions">Length of the logits' sequence axis as the graph returned it (1 for [rows, vocab]).</param>
public sealed record ForwardPass(int Rows, int NewTokens, int PastLength, int LogitsPositions);

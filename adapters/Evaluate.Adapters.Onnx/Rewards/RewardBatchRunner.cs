using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// Scores sequences in batches: right-padded with the pad id and masked out, so a sequence scores the same alone or
/// in any batch (when the graph honours its attention mask, as trained scorers do).
/// </summary>
public sealed class RewardBatchRunner(InferenceSession session, RewardGraph graph, int padId, int label, int batchSize)
{
    public IReadOnlyList<IReadOnlyList<double>> Score(IReadOnlyList<ScoredSequence> sequences, CancellationToken cancellationToken)
    {
        var scores = new List<IReadOnlyList<double>>(sequences.Count);
        for (var start = 0; start < sequences.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scores.AddRange(ScoreBatch(sequences.Skip(start).Take(batchSize).ToList()));
        }
        return scores;
    }

    private IEnumerable<IReadOnlyList<double>> ScoreBatch(IReadOnlyList<ScoredSequence> batch)
    {
        var rows = batch.Count;
        var length = batch.Max(s => s.Ids.Count);
        var ids = new long[rows * length];
        var mask = new long[rows * length];
        for (var row = 0; row < rows; row++)
            for (var i = 0; i < length; i++)
            {
                var real = i < batch[row].Ids.Count;
                ids[row * length + i] = real ? batch[row].Ids[i] : padId;
                mask[row * length + i] = real ? 1 : 0;
            }
        var names = new List<string> { RewardGraph.InputIds };
        var values = new List<OrtValue> { OrtValue.CreateTensorValueFromMemory(ids, [rows, length]) };
        if (graph.HasAttentionMask) { names.Add(RewardGraph.AttentionMask); values.Add(OrtValue.CreateTensorValueFromMemory(mask, [rows, length])); }
        if (graph.HasTokenTypes) { names.Add(RewardGraph.TokenTypeIds); values.Add(OrtValue.CreateTensorValueFromMemory(new long[rows * length], [rows, length])); }
        try
        {
            using var options = new RunOptions();
            using var outputs = session.Run(options, names, values, [RewardGraph.Logits]);
            var logits = outputs[0].GetTensorDataAsSpan<float>();
            var labels = (int)outputs[0].GetTensorTypeAndShape().Shape[^1];
            var result = new List<IReadOnlyList<double>>(rows);
            for (var row = 0; row < rows; row++)
            {
                var rowScores = new List<double>();
                foreach (var position in graph.PerToken ? batch[row].ScorePositions : [0])
                    rowScores.Add(ScoreHead.Score(logits.Slice(((graph.PerToken ? row * length : row) + position) * labels, labels), label));
                result.Add(rowScores);
            }
            return result;
        }
        finally
        {
            foreach (var value in values) value.Dispose();
        }
    }
}

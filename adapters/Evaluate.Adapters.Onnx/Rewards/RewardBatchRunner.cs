using Microsoft.ML.OnnxRuntime;

namespace Evaluate.Adapters.Onnx.Rewards;

/// <summary>
/// Scores sequences in batches: right-padded with the pad id and masked out, so a sequence scores the same alone or
/// in any batch (when the graph honours its attention mask, as trained scorers do). Each row is read at its own
/// positions (its last real token, or its step tags), never at a pad. A batch also stops growing before its logits
/// would pass <paramref name="logitsBudget"/> values: a language-model head gives vocabulary-wide logits at every
/// position (8 rows × 1,000 tokens × a 152k vocabulary would be 4.9 GB in float).
/// </summary>
public sealed class RewardBatchRunner(InferenceSession session, RewardGraph graph, int padId, RewardReadout readout, int batchSize,
    long logitsBudget = RewardBatchRunner.DefaultLogitsBudget)
{
    /// <summary>2^28 values: 1 GiB of float logits per forward pass.</summary>
    public const long DefaultLogitsBudget = 1L << 28;

    public IReadOnlyList<IReadOnlyList<double>> Score(IReadOnlyList<ScoredSequence> sequences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var scores = new List<IReadOnlyList<double>>(sequences.Count);
        for (var start = 0; start < sequences.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Fitting(sequences, start);
            scores.AddRange(ScoreBatch(sequences.Skip(start).Take(count).ToList()));
            start += count;
        }
        return scores;
    }

    /// <summary>How many sequences from <paramref name="start"/> share a pass: up to batch_size, while the padded batch's logits fit the budget (always at least one).</summary>
    private int Fitting(IReadOnlyList<ScoredSequence> sequences, int start)
    {
        var perPosition = (long)(graph.Labels ?? 1);
        var longest = 0L;
        var count = 0;
        while (start + count < sequences.Count && count < batchSize)
        {
            var candidate = Math.Max(longest, sequences[start + count].Ids.Count);
            var values = (count + 1) * (graph.PerToken ? candidate : 1) * perPosition;
            if (count > 0 && (values > logitsBudget || values > int.MaxValue)) break;
            longest = candidate;
            count++;
        }
        return count;
    }

    private List<IReadOnlyList<double>> ScoreBatch(IReadOnlyList<ScoredSequence> batch)
    {
        var rows = batch.Count;
        var length = batch.Max(s => s.Ids.Count);
        var ids = new long[rows * length];
        var mask = new long[rows * length];
        var positions = new long[rows * length];
        for (var row = 0; row < rows; row++)
            for (var i = 0; i < length; i++)
            {
                var real = i < batch[row].Ids.Count;
                ids[row * length + i] = real ? batch[row].Ids[i] : padId;
                mask[row * length + i] = real ? 1 : 0;
                // As optimum's ORTModelForCausalLM: cumsum(attention_mask) - 1, and 1 at masked positions.
                positions[row * length + i] = real ? i : 1;
            }
        var names = new List<string> { RewardGraph.InputIds };
        var values = new List<OrtValue> { OrtValue.CreateTensorValueFromMemory(ids, [rows, length]) };
        if (graph.HasAttentionMask) { names.Add(RewardGraph.AttentionMask); values.Add(OrtValue.CreateTensorValueFromMemory(mask, [rows, length])); }
        if (graph.HasTokenTypes) { names.Add(RewardGraph.TokenTypeIds); values.Add(OrtValue.CreateTensorValueFromMemory(new long[rows * length], [rows, length])); }
        if (graph.HasPositionIds) { names.Add(RewardGraph.PositionIds); values.Add(OrtValue.CreateTensorValueFromMemory(positions, [rows, length])); }
        try
        {
            using var options = new RunOptions();
            using var outputs = session.Run(options, names, values, [RewardGraph.Logits]);
            var logits = new RewardLogits(outputs[0]);
            var width = (int)outputs[0].GetTensorTypeAndShape().Shape[^1];
            var result = new List<IReadOnlyList<double>>(rows);
            for (var row = 0; row < rows; row++)
            {
                var rowScores = new List<double>();
                foreach (var position in graph.PerToken ? batch[row].ScorePositions : [0])
                    rowScores.Add(readout.Score(logits, ((graph.PerToken ? row * length : row) + position) * width, width));
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

using System.Text;
using System.Text.Json;
using Evaluate.Core.Results;
using Evaluate.Core.Running;

namespace Evaluate.Reports.History;

/// <summary>
/// samples.jsonl without the text (response, reasoning, round details): what comparisons need (answer classes,
/// correctness, tokens, efficiencies) at a small fraction of the bytes, for storing in the history.
/// </summary>
public static class SlimSamples
{
    public static string Of(RunDirectory run)
    {
        var sb = new StringBuilder();
        foreach (var s in run.Samples())
        {
            var slim = s with
            {
                Response = "", Reasoning = null,
                Analysis = s.Analysis is null ? null : s.Analysis with { RoundDetails = [] },
            };
            sb.Append(JsonSerializer.Serialize(slim, ResultJson.Lines)).Append('\n');
        }
        return sb.ToString();
    }
}

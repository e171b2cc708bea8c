using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Evaluate.Core.Results;
using Evaluate.Reports.Charts;

namespace Evaluate.Reports.Html;

/// <summary>
/// The samples the page embeds for its browser, as JSON safe inside a &lt;script type="application/json"&gt; block:
/// the default JavaScript encoder writes &lt; &gt; &amp; ' and + as \u escapes, so no response can close the block
/// or open a tag. Samples are streamed from samples.jsonl and embedded until the byte budget is spent; the page says
/// how many were left out.
/// </summary>
public static class SampleBrowserData
{
    /// <summary>Default embedding budget: a page this size still opens quickly in a browser.</summary>
    public const long DefaultBudgetBytes = 20L * 1024 * 1024;

    /// <summary>Longer texts are cut (and marked) so one runaway response cannot use the whole budget.</summary>
    public const int MaxTextLength = 20_000;

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static (string Json, int Embedded, int Total) Build(IReadOnlyList<ReportRun> runs, FlipIndex flips, long budgetBytes)
    {
        var sb = new StringBuilder("[");
        var embedded = 0;
        var total = 0;
        foreach (var run in runs)
        {
            var labels = run.Summary.Results.ToDictionary(c => (c.Model, c.Suite, c.Strategy), c => c.ModelLabel);
            foreach (var s in RunDirectory.Open(run.Directory).Samples())
            {
                total++;
                if (sb.Length >= budgetBytes) continue;
                var row = new SampleRow(run.Name, s.Suite, s.Strategy, labels.GetValueOrDefault((s.Model, s.Suite, s.Strategy), s.Model), s.ProblemId, s.SampleIndex,
                    s.Level ?? "", s.Correct, s.Reason, Cut(s.Extracted), Cut(s.Gold)!, s.Selected, flips.Of(run.Name, s.Model, s.Suite, s.Strategy, s.ProblemId),
                    Cut(s.Response)!, Cut(s.Reasoning),
                    s.Analysis?.RoundDetails.Select((r, i) => $"{i + 1}. answer {r.Answer} — {(r.Correct ? "correct" : "wrong")}{(r.IsNew ? "" : ", repeats earlier")}, {r.Tokens} tokens").ToList() ?? [],
                    s.CompletionTokens);
                var json = JsonSerializer.Serialize(row, Options);
                if (sb.Length + json.Length + 1 > budgetBytes) continue;
                if (embedded > 0) sb.Append(',');
                sb.Append(json);
                embedded++;
            }
        }
        sb.Append(']');
        return (sb.ToString(), embedded, total);
    }

    private static string? Cut(string? text) =>
        text is null || text.Length <= MaxTextLength ? text : text[..MaxTextLength] + $"\n[… {text.Length - MaxTextLength} more characters not embedded]";
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Evaluate.Core.Analysis;
using Evaluate.Core.Results;
using Evaluate.Reports.Charts;

namespace Evaluate.Reports.Html;

/// <summary>
/// The samples the page embeds for its browser, with the prompts they were asked (each once), as one JSON object
/// <c>{"samples": [...], "prompts": [[[role, content], …], …]}</c> safe inside a &lt;script type="application/json"&gt; block:
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
        var rows = new StringBuilder();
        var prompts = new StringBuilder();
        var promptCount = 0;
        var embedded = 0;
        var total = 0;
        foreach (var run in runs)
        {
            var labels = run.Summary.Results.ToDictionary(c => (c.Model, c.Suite, c.Strategy), c => c.ModelLabel);
            var directory = RunDirectory.Open(run.Directory);
            var recorded = PromptsFile.Read(directory.Files.Prompts);
            var promptIndex = new Dictionary<(string, string), int>();
            foreach (var s in directory.Samples())
            {
                total++;
                if (rows.Length + prompts.Length >= budgetBytes) continue;
                var key = (s.Suite, s.ProblemId);
                var index = promptIndex.GetValueOrDefault(key, -1);
                string? promptJson = null;
                if (index < 0 && recorded.TryGetValue(key, out var prompt))
                {
                    promptJson = JsonSerializer.Serialize(prompt.Messages.Select(m => new[] { m.Role, Cut(m.Content) }), Options);
                    index = promptCount;
                }
                var split = ReasoningSplit.Of(s.Response, s.Reasoning);
                var (reasoningMarks, answerMarks) = RoundMarks.Locate(split, s.Analysis?.RoundDetails ?? []);
                var row = new SampleRow(run.Name, s.Suite, s.Strategy, labels.GetValueOrDefault((s.Model, s.Suite, s.Strategy), s.Model), s.ProblemId, s.SampleIndex,
                    s.Level ?? "", s.Correct, s.Reason, Cut(s.Extracted), Cut(s.Gold)!, s.Selected, flips.Of(run.Name, s.Model, s.Suite, s.Strategy, s.ProblemId),
                    Cut(split.Answer)!, split.Reasoning.Length == 0 ? null : Cut(split.Reasoning),
                    s.Analysis?.RoundDetails.Select((r, i) => $"{i + 1}. answer {r.Answer} — {(r.Correct ? "correct" : "wrong")}{(r.IsNew ? "" : ", repeats earlier")}, {r.Tokens} tokens").ToList() ?? [],
                    s.CompletionTokens, RoundMarks.Within(answerMarks, MaxTextLength), RoundMarks.Within(reasoningMarks, MaxTextLength), index)
                    { Reask = Cut(s.Reask?.Response), Judge = Cut(JudgeLine(s.Judge)) };
                var json = JsonSerializer.Serialize(row, Options);
                // A row and the prompt it first needs are embedded together or not at all.
                if (rows.Length + prompts.Length + json.Length + (promptJson?.Length ?? 0) + Overhead > budgetBytes) continue;
                if (promptJson is not null)
                {
                    if (promptCount > 0) prompts.Append(',');
                    prompts.Append(promptJson);
                    promptIndex[key] = promptCount++;
                }
                if (embedded > 0) rows.Append(',');
                rows.Append(json);
                embedded++;
            }
        }
        return ($"{{\"samples\":[{rows}],\"prompts\":[{prompts}]}}", embedded, total);
    }

    /// <summary>Characters of the wrapping object and separators.</summary>
    private const int Overhead = 32;

    private static string? Cut(string? text) =>
        text is null || text.Length <= MaxTextLength ? text : text[..MaxTextLength] + $"\n[… {text.Length - MaxTextLength} more characters not embedded]";

    /// <summary>The judge's say on a sample for the browser: "audit: correct — …reply" or "no verdict (error) — …reply".</summary>
    private static string? JudgeLine(Evaluate.Core.Grading.Judging.JudgeRecord? judge) => judge is null ? null
        : $"{(judge.Audit ? "audit: " : "")}{judge.Verdict ?? $"no verdict ({judge.Error ?? "unparseable reply"})"}{(string.IsNullOrEmpty(judge.Raw) ? "" : $" — {judge.Raw}")}";
}

using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Core.Files;

namespace Evaluate.Adapters.Replay;

/// <summary>
/// A suite seen through a replay file: its problems are the file's records, in file order, each found by id in the
/// inner suite (MATH-500 unique_id, GSM8K/Omni-MATH line number, Game of 24 puzzle), with the record's
/// <c>problem</c> and <c>gold</c> replacing the suite's when given; a record whose id the suite does not know needs
/// both. Prompts, extraction and grading stay the inner suite's, so replayed and live runs grade alike.
/// </summary>
public sealed class ReplaySuite(ISuite inner, ReplayFile file) : ISuite, IWrapsSuite
{
    public ISuite Inner => inner;

    private IReadOnlyList<DatasetFileInfo> _files = [];

    public string Name => inner.Name;
    public string Version => inner.Version;
    public string Description => inner.Description;
    public IReadOnlyList<DatasetFileInfo> DataFiles => _files;
    public IAnswerChecker Checker => inner.Checker;
    public AnswerForm? AnswerForm => inner.AnswerForm;

    public IReadOnlyList<Problem> Load(ProblemSelection selection)
    {
        var known = TryLoadInner();
        var problems = new List<Problem>(file.Entries.Count);
        foreach (var entry in file.Entries)
        {
            var problem = known?.GetValueOrDefault(entry.Id);
            if (problem is null && (entry.Problem is null || entry.Gold is null))
                throw new DatasetFormatException(file.DisplayName, entry.Line, "id",
                    $"no problem '{entry.Id}' in suite '{inner.Name}'{(known is null ? " (its data is not present)" : "")}, and the record does not give both 'problem' and 'gold'");
            problems.Add(problem is null
                ? new Problem(entry.Id, entry.Problem!, entry.Gold!, ProblemMeta.None)
                : problem with { Text = entry.Problem ?? problem.Text, Gold = entry.Gold ?? problem.Gold });
        }
        _files = [.. inner.DataFiles, new DatasetFileInfo(Name, "replay:" + file.DisplayName, FileHash.Sha256(file.Path), file.Entries.Count)];
        return SelectionFilter.Apply(problems, selection with { Split = null });
    }

    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => inner.RenderPrompt(problem);

    /// <summary>The inner suite's problems by id, or null when its data is absent (records must then carry problem and gold).</summary>
    private Dictionary<string, Problem>? TryLoadInner()
    {
        try
        {
            var all = new Dictionary<string, Problem>(StringComparer.Ordinal);
            foreach (var problem in inner.Load(new ProblemSelection { Split = "all" })) all.TryAdd(problem.Id, problem);
            return all;
        }
        catch (MissingDataException)
        {
            return null;
        }
    }
}

using Evaluate.Suites.Catalog;
using Evaluate.Core.Files;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;

namespace Evaluate.Suites.Custom;

/// <summary>
/// A suite described by a YAML file: problems from a JSONL, CSV or Parquet file through a field mapping, a prompt
/// template, and one of the built-in graders. Ids must be unique; without an id column the id is the 0-based row.
/// </summary>
public sealed class CustomSuite(CustomSuiteDefinition definition) : ISuite
{
    private IReadOnlyList<DatasetFileInfo> _files = [];

    public CustomSuiteDefinition Definition { get; } = definition;
    public string Name => Definition.Name;
    public string Version => Definition.Version;
    public string Description => Definition.Description;
    public IReadOnlyList<DatasetFileInfo> DataFiles => _files;
    public IAnswerChecker Checker { get; } = CustomGraderRegistrations.Find(definition.Grader)!.Create(definition.Extract);

    public IReadOnlyList<Problem> Load(ProblemSelection selection)
    {
        SelectionFilter.RequireSingleSplit(Name, selection.Split);
        var fields = Definition.Fields;
        var problems = new List<Problem>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in SourceRows.Read(Definition.SourcePath, Definition.SourceName))
        {
            var id = fields.Id is null ? row.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) : row.Required(fields.Id).Trim();
            if (id.Length == 0) throw new DatasetFormatException(row.File, row.Line, fields.Id!, "empty id");
            if (!ids.TryAdd(id, row.Line)) throw new DatasetFormatException(row.File, row.Line, fields.Id ?? "id", $"id '{id}' already used on line {ids[id]}");
            var text = string.Join("\n\n", fields.Problem.Select(row.Required));
            var gold = fields.Answer is null ? "24" : row.Required(fields.Answer).Trim();
            var difficulty = Definition.Difficulty?.Difficulty(row) ?? DifficultyMapping.Default;
            var meta = new ProblemMeta(
                fields.Level is null ? null : row.Optional(fields.Level),
                fields.Subject is null ? null : row.Optional(fields.Subject),
                difficulty,
                IsEasy: Definition.Difficulty is { } mapping && difficulty < mapping.EasyBelow);
            problems.Add(new Problem(id, text, gold, meta));
        }
        _files = [new DatasetFileInfo(Name, Definition.SourceName, FileHash.Sha256(Definition.SourcePath), problems.Count)];
        return SelectionFilter.Apply(problems, selection);
    }

    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) =>
    [
        ChatMessage.User(Definition.Prompt.Render(new Dictionary<string, string?>
        {
            ["problem"] = problem.Text, ["id"] = problem.Id, ["level"] = problem.Meta.Level, ["subject"] = problem.Meta.Subject,
        })),
    ];
}

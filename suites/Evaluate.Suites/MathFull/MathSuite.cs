using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Evaluate.Core.Analysis;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Grading;
using Evaluate.Suites.Math500;

namespace Evaluate.Suites.MathFull;

/// <summary>
/// The full MATH test set (Hendrycks et al. 2021, 5000 problems), one JSON file per problem as its archive lays them
/// out: <c>math/test/&lt;subject&gt;/&lt;n&gt;.json</c> with <c>problem</c>, <c>level</c> ("Level N"), <c>type</c> and
/// <c>solution</c>; the gold answer is the last <c>\boxed{}</c> of the solution. Id = the path below <c>math/</c>
/// (<c>test/algebra/1.json</c>). Optional: fetched with <c>evaluate datasets fetch --suite math --allow-unpinned</c>.
/// </summary>
public sealed class MathSuite(DataDirectory data, ExtractionMode mode = ExtractionMode.Strict,
    DecimalComma decimalComma = DecimalComma.Auto) : ISuite, IRequiresData
{
    public const string RelativeFolder = "math/test";
    private IReadOnlyList<DatasetFileInfo> _files = [];

    public string Name => "math";
    public IReadOnlyList<string> RequiredData => [RelativeFolder];
    public string Version => "1";
    public string Description => "MATH test (Hendrycks et al., 5000 problems, LaTeX answers)";
    public IReadOnlyList<DatasetFileInfo> DataFiles => _files;
    public IAnswerChecker Checker { get; } = new MathAnswerChecker(mode, decimalComma: decimalComma);

    public IReadOnlyList<Problem> Load(ProblemSelection selection)
    {
        SelectionFilter.RequireSingleSplit(Name, selection.Split);
        var folder = data.File(RelativeFolder);
        if (!Directory.Exists(folder))
            throw new MissingDataException($"suite 'math': data folder {folder} not found: run 'evaluate datasets fetch --suite math --allow-unpinned', or point --data at a folder holding {RelativeFolder}/");
        var problems = new List<Problem>();
        // A hash over every file's path and bytes in id order stands for the data the run saw.
        using var treeHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(ProblemFileOrder.Instance))
        {
            var id = Path.GetRelativePath(data.File("math"), path).Replace('\\', '/');
            var bytes = File.ReadAllBytes(path);
            treeHash.AppendData(Encoding.UTF8.GetBytes(id + "\n"));
            treeHash.AppendData(bytes);
            problems.Add(Parse(id, bytes));
        }
        _files = [new DatasetFileInfo(Name, RelativeFolder + "/", Convert.ToHexStringLower(treeHash.GetHashAndReset()), problems.Count)];
        return SelectionFilter.Apply(problems, selection);
    }

    public IReadOnlyList<ChatMessage> RenderPrompt(Problem problem) => MathPrompt.Render(problem);

    private static Problem Parse(string id, byte[] bytes)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(bytes); }
        catch (JsonException e) { throw new DatasetFormatException(id, 1, "(file)", $"not valid JSON: {e.Message}"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new DatasetFormatException(id, 1, "(file)", "expected a JSON object");
            var row = new JsonRow(id, 1, 0, document.RootElement);
            var levelText = row.RequiredString("level");
            var level = levelText.StartsWith("Level ", StringComparison.Ordinal) && int.TryParse(levelText[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 5
                ? n
                : (int?)null;
            // A handful of MATH problems say "Level ?": kept, without a level, at middle difficulty.
            if (level is null && levelText != "Level ?")
                throw new DatasetFormatException(id, 1, "level", $"expected 'Level 1'..'Level 5', got '{levelText}'");
            var solution = row.RequiredString("solution");
            var gold = BoxedExpressions.Last(solution)
                       ?? throw new DatasetFormatException(id, 1, "solution", "has no \\boxed{} answer");
            var meta = new ProblemMeta(level?.ToString(CultureInfo.InvariantCulture), row.RequiredString("type"),
                level is { } l ? 0.1 + 0.2 * (l - 1) : 0.5, IsEasy: level == 1);
            return new Problem(id, row.RequiredString("problem"), gold, meta);
        }
    }
}

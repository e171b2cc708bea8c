using System.Globalization;
using Evaluate.Core.Files;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Custom;
using Evaluate.Suites.Data;

namespace Evaluate.Suites.Competitions;

/// <summary>
/// One MathArena competition folder as eth-sri/matharena lays it out: <c>problems/N.tex</c> (problem N in LaTeX) and
/// <c>answers.csv</c> (<c>id,answer</c>). Problem ids are <see cref="IdPrefix"/> + N (<c>2025-I-7</c>); the date is
/// the day of the competition (MathArena's own <c>date</c> fields are wrong, see ../shared/datasets/README.md).
/// </summary>
public sealed record MathArenaFolder(string RelativePath, string IdPrefix, int Problems, SuiteDate Date, string Subject)
{
    public string AnswersFile => RelativePath + "/answers.csv";

    public string ProblemFile(int number) => string.Create(CultureInfo.InvariantCulture, $"{RelativePath}/problems/{number}.tex");

    /// <summary>The folder's problems in problem order, with every file read recorded (answers.csv first).</summary>
    public IReadOnlyList<Problem> Load(DataDirectory data, string suite, Func<int, double> difficulty, List<DatasetFileInfo> files)
    {
        var answersPath = data.File(AnswersFile);
        var answers = new Dictionary<int, string>();
        foreach (var row in CsvRows.Read(answersPath, AnswersFile))
        {
            var idText = row.Required("id");
            if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1 || id > Problems)
                throw new DatasetFormatException(AnswersFile, row.Line, "id", $"expected a problem number 1-{Problems}, got '{idText}'");
            if (!answers.TryAdd(id, row.Required("answer").Trim()))
                throw new DatasetFormatException(AnswersFile, row.Line, "id", $"problem {id} is listed twice");
        }
        files.Add(new DatasetFileInfo(suite, AnswersFile, FileHash.Sha256(answersPath), answers.Count));
        var problems = new List<Problem>(Problems);
        for (var n = 1; n <= Problems; n++)
        {
            var relative = ProblemFile(n);
            var path = data.File(relative);
            if (!File.Exists(path))
                throw new MissingDataException($"suite '{suite}': problem file {path} not found ({data.Origin}): run 'evaluate datasets fetch --suite {suite} --data {data.Path}'");
            if (!answers.TryGetValue(n, out var gold))
                throw new DatasetFormatException(AnswersFile, 1, "id", $"has no answer for problem {n}");
            var text = string.Join("\n", TextFiles.ReadLines(path, relative, "problem file").Select(l => l.Text)).Trim();
            if (text.Length == 0) throw new DatasetFormatException(relative, 1, "(file)", "is empty");
            files.Add(new DatasetFileInfo(suite, relative, FileHash.Sha256(path), 1));
            problems.Add(new Problem(IdPrefix + n.ToString(CultureInfo.InvariantCulture), text, gold,
                new ProblemMeta(null, Subject, difficulty(n))));
        }
        return problems;
    }
}

/// <summary>The MathArena folders the built-in suites read.</summary>
public static class MathArenaFolders
{
    public static MathArenaFolder Aime2025I { get; } = new("matharena/aime_2025_I", "2025-I-", 15, SuiteDate.Competition(2025, 2, 6), "AIME 2025 I");

    public static MathArenaFolder Aime2025II { get; } = new("matharena/aime_2025_II", "2025-II-", 15, SuiteDate.Competition(2025, 2, 12), "AIME 2025 II");

    public static MathArenaFolder HmmtFeb2025 { get; } = new("matharena/hmmt_feb_2025", "hmmt-feb-2025-", 30, SuiteDate.Competition(2025, 2, 15), "HMMT February 2025");
}

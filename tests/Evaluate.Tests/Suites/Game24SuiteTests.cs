using Evaluate.Core.Suites;
using Evaluate.Suites.Data;
using Evaluate.Suites.Game24;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Suites;

public sealed class Game24SuiteTests
{
    private static readonly DataDirectory Nowhere = new(Path.Combine(Path.GetTempPath(), "evaluate-no-data-" + Guid.NewGuid()), "test");

    [Test]
    public void Without_data_it_enumerates_the_1362_solvable_puzzles()
    {
        var suite = new Game24Suite(Nowhere);
        Assert.That(suite.CountAll(), Is.EqualTo(1362));
        var test = suite.Load(ProblemSelection.All);
        Assert.That(test, Has.Count.EqualTo(100));
        Assert.That(test.Select(p => p.Id), Is.EqualTo(Game24PuzzleSet.All.Skip(900).Take(100)));
        Assert.That(suite.DataFiles.Single().File, Does.Contain("enumerated"));
    }

    [Test]
    public void The_shipped_puzzle_list_is_the_enumeration_in_its_order() =>
        Assert.That(Game24PuzzleSet.All, Is.EqualTo(Game24PuzzleSet.Enumerate()));

    [Test]
    public void Enumerated_puzzles_are_exactly_the_csv_puzzles()
    {
        var suite = new Game24Suite(SharedDatasets.Require(), order: Game24Suite.FileOrder);
        var fromCsv = suite.Load(new ProblemSelection { Split = "all" }).Select(p => p.Id).ToHashSet();
        Assert.That(fromCsv, Is.EquivalentTo(Game24PuzzleSet.All));
    }

    [Test]
    public void Csv_order_gives_the_papers_test_split()
    {
        var suite = new Game24Suite(SharedDatasets.Require(), order: Game24Suite.FileOrder);
        var test = suite.Load(ProblemSelection.All);
        Assert.That(test, Has.Count.EqualTo(100));
        Assert.That(test[0].Id, Is.EqualTo("4 5 6 10"));
        Assert.That(suite.DataFiles.Single().Sha256, Is.EqualTo("b9f12b3e36d987a3c714c4cef17d89a137d7c59da26532fcfb93b4821d8111b5"));
        Assert.That(test[0].Meta.Difficulty, Is.EqualTo(900.0 / 1362).Within(1e-9));
    }

    /// <summary>
    /// The default order is the project's, so a run with 24.csv and one without pose the same puzzles (they used to
    /// differ: "4 5 6 10" first with the file, "1 9 10 12" without) and record the same data, so they can be compared.
    /// </summary>
    [Test]
    public void The_default_test_split_is_the_same_with_and_without_the_file()
    {
        var withFile = new Game24Suite(SharedDatasets.Require());
        var withoutFile = new Game24Suite(Nowhere);
        var a = withFile.Load(ProblemSelection.All);
        var b = withoutFile.Load(ProblemSelection.All);
        Assert.That(a.Select(p => p.Id), Is.EqualTo(b.Select(p => p.Id)));
        Assert.That(a.Select(p => p.Meta.Difficulty), Is.EqualTo(b.Select(p => p.Meta.Difficulty)));
        Assert.That(withFile.DataFiles, Is.EqualTo(withoutFile.DataFiles), "the same data recorded, so compare and gate pair the runs");
    }

    [Test]
    public void The_file_order_without_the_file_is_a_usage_error_naming_it()
    {
        var suite = new Game24Suite(Nowhere, order: Game24Suite.FileOrder);
        Assert.That(() => suite.Load(ProblemSelection.All),
            Throws.TypeOf<Evaluate.Core.Suites.MissingDataException>().With.Message.Contains("24.csv").And.Message.Contains("datasets fetch"));
    }

    [Test]
    public void Selection_filters_by_id_and_limit()
    {
        var suite = new Game24Suite(Nowhere);
        var first = Game24PuzzleSet.All[950];
        Assert.That(suite.Load(new ProblemSelection { Ids = new HashSet<string> { first } }).Single().Id, Is.EqualTo(first));
        Assert.That(suite.Load(new ProblemSelection { Split = "all", Limit = 7 }), Has.Count.EqualTo(7));
        Assert.Throws<ArgumentException>(() => suite.Load(new ProblemSelection { Split = "train" }));
    }

    [TestCase("cot", "Steps:")]
    [TestCase("io", "Answer: 5 + 5 + 5 + 9 = 24")]
    public void Prompts_are_the_tree_of_thoughts_five_shot_prompts(string style, string expected)
    {
        var suite = new Game24Suite(Nowhere, style);
        var problem = suite.Load(ProblemSelection.All)[0];
        var prompt = suite.RenderPrompt(problem).Single().Content;
        Assert.That(prompt, Does.StartWith("Use numbers and basic arithmetic operations (+ - * /) to obtain 24."));
        Assert.That(prompt, Does.Contain(expected));
        Assert.That(prompt, Does.EndWith($"Input: {problem.Text}\n"));
    }

    [Test]
    public void Checker_extracts_the_last_answer_line_and_grades_exactly()
    {
        var checker = new Game24AnswerChecker();
        var problem = new Evaluate.Core.Problems.Problem("4 4 6 8", "4 4 6 8", "24", Evaluate.Core.Problems.ProblemMeta.None);
        const string response = "Steps:\n4 + 8 = 12 (left: 4 6 12)\n6 - 4 = 2 (left: 2 12)\n2 * 12 = 24 (left: 24)\nAnswer: (6 - 4) * (4 + 8) = 24";
        var extracted = checker.Extract(response);
        Assert.That(extracted, Is.EqualTo("(6 - 4) * (4 + 8) = 24"));
        Assert.That(checker.Grade(problem, extracted).Correct, Is.True);
        Assert.That(checker.Grade(problem, checker.Extract("Answer: 4 * 6 = 24")).Correct, Is.False);
        Assert.That(checker.Extract("no idea"), Is.Null);
        Assert.That(checker.Equivalent(problem, "(4 + 8) * (6 - 4)", "(6 - 4) * (8 + 4) = 24"), Is.True);
        Assert.That(checker.Equivalent(problem, "(4 + 8) * (6 - 4)", "4 + 4 + 6 + 8"), Is.False);
        Assert.That(checker.Equivalent(problem, "4 + 4 + 6 + 8", "4+4+6+8"), Is.True);
    }
}

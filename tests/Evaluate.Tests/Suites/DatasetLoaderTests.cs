using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Data;
using Evaluate.Suites.Gsm8k;
using Evaluate.Suites.Math500;
using Evaluate.Suites.OmniMath;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Suites;

public sealed class DatasetLoaderTests
{
    private static readonly ProblemSelection AllRows = new() { Split = "all" };

    [Test]
    public void Gsm8k_loads_1319_problems_with_line_number_ids_and_final_answers()
    {
        var suite = new Gsm8kSuite(SharedDatasets.Require());
        var problems = suite.Load(AllRows);
        Assert.That(problems, Has.Count.EqualTo(1319));
        Assert.That(problems[0].Id, Is.EqualTo("0"));
        Assert.That(problems[0].Gold, Is.EqualTo("18"));
        Assert.That(problems[1318].Id, Is.EqualTo("1318"));
        Assert.That(problems.All(p => p.Meta.IsEasy), Is.True);
        Assert.That(suite.DataFiles.Single().Sha256, Is.EqualTo("3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14"));
    }

    [Test]
    public void Math500_loads_500_problems_with_unique_ids_levels_and_subjects()
    {
        var problems = new Math500Suite(SharedDatasets.Require()).Load(AllRows);
        Assert.That(problems, Has.Count.EqualTo(500));
        Assert.That(problems.Select(p => p.Id).Distinct().Count(), Is.EqualTo(500));
        Assert.That(problems[0].Id, Does.StartWith("test/"));
        Assert.That(problems.Select(p => p.Meta.Level).Distinct().Order(), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
        Assert.That(problems.Where(p => p.Meta.Level == "1").All(p => p.Meta.IsEasy), Is.True);
        Assert.That(problems.All(p => p.Meta.Subject is not null), Is.True);
    }

    [Test]
    public void OmniMath_loads_2821_problems_with_normalised_difficulty()
    {
        var problems = new OmniMathSuite(SharedDatasets.Require()).Load(AllRows);
        Assert.That(problems, Has.Count.EqualTo(2821));
        Assert.That(problems[5].Id, Is.EqualTo("5"));
        Assert.That(problems.All(p => p.Meta.Difficulty is >= 0 and <= 1), Is.True);
        Assert.That(problems.Any(p => p.Meta.IsEasy) && problems.Any(p => !p.Meta.IsEasy), Is.True);
    }

    [Test]
    public void Level_and_difficulty_filters_apply_before_the_limit()
    {
        var data = SharedDatasets.Require();
        var level5 = new Math500Suite(data).Load(new ProblemSelection { Levels = new HashSet<string> { "5" }, Limit = 10 });
        Assert.That(level5, Has.Count.EqualTo(10));
        Assert.That(level5.All(p => p.Meta.Level == "5"), Is.True);
        var hard = new OmniMathSuite(data).Load(new ProblemSelection { MinDifficulty = 0.8 });
        Assert.That(hard, Is.Not.Empty);
        Assert.That(hard.All(p => p.Meta.Difficulty >= 0.8), Is.True);
    }

    [Test]
    public void Malformed_json_names_file_and_line()
    {
        var data = TemporaryData.With(Gsm8kSuite.RelativePath, "{\"question\": \"q\", \"answer\": \"#### 1\"}\n{not json\n");
        var error = Assert.Throws<DatasetFormatException>(() => new Gsm8kSuite(data).Load(AllRows))!;
        Assert.That(error.File, Is.EqualTo("gsm8k/test.jsonl"));
        Assert.That(error.Line, Is.EqualTo(2));
    }

    [Test]
    public void Missing_field_names_file_line_and_field()
    {
        var data = TemporaryData.With(Math500Suite.RelativePath,
            "{\"problem\": \"p\", \"answer\": \"1\", \"subject\": \"Algebra\", \"level\": \"2\", \"unique_id\": \"a\"}\n\n" +
            "{\"problem\": \"p\", \"subject\": \"Algebra\", \"level\": \"2\", \"unique_id\": \"b\"}\n");
        var error = Assert.Throws<DatasetFormatException>(() => new Math500Suite(data).Load(AllRows))!;
        Assert.That((error.Line, error.Field), Is.EqualTo((3, "answer")));
        Assert.That(error.Message, Does.Contain("math500/test.jsonl:3").And.Contain("answer"));
    }

    [Test]
    public void Gsm8k_answer_without_final_marker_is_an_error()
    {
        var data = TemporaryData.With(Gsm8kSuite.RelativePath, "{\"question\": \"q\", \"answer\": \"no marker\"}\n");
        var error = Assert.Throws<DatasetFormatException>(() => new Gsm8kSuite(data).Load(AllRows))!;
        Assert.That(error.Field, Is.EqualTo("answer"));
    }

    [Test]
    public void Catalog_suggests_the_closest_suite_name()
    {
        var catalog = new SuiteCatalog(new DataDirectory(Path.GetTempPath(), "test"));
        var error = Assert.Throws<Evaluate.Core.UsageException>(() => catalog.Create("gsm8"))!;
        Assert.That(error.Message, Does.Contain("did you mean 'gsm8k'"));
        Assert.That(() => catalog.Create("game24:promt=io"), Throws.TypeOf<Evaluate.Core.UsageException>().With.Message.Contains("did you mean 'prompt'"));
    }

    [Test]
    public void Prompts_ask_for_the_suite_answer_format()
    {
        var problem = new Problem("0", "What is 1+1?", "2", ProblemMeta.None);
        var nowhere = new DataDirectory(Path.GetTempPath(), "test");
        Assert.That(new Math500Suite(nowhere).RenderPrompt(problem).Single().Content, Does.Contain("\\boxed{}").And.EndWith("What is 1+1?"));
        Assert.That(new OmniMathSuite(nowhere).RenderPrompt(problem).Single().Content, Does.Contain("\\boxed{}"));
        Assert.That(new Gsm8kSuite(nowhere).RenderPrompt(problem).Single().Content, Does.Contain("#### N").And.EndWith("What is 1+1?"));
    }
}

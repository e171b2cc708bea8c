using Evaluate.Core.Files;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Data;
using Evaluate.Suites.Downloads;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Suites.Competitions;

/// <summary>
/// `datasets fetch` for the six suites: raw files at the pinned upstream commits, each with a SHA-256 (checked here
/// against the shared copies, no network), and the run-time pin check that refuses a changed file.
/// </summary>
public sealed class CompetitionSourceTests
{
    private const string QwenMath = "https://raw.githubusercontent.com/QwenLM/Qwen2.5-Math/a45202bd16f1ec06f433442dc1152d0074773465/evaluation/data/";
    private const string MathArena = "https://raw.githubusercontent.com/eth-sri/matharena/81f103e38b1df076afa65ee0a3ffbe148d42e6d2/data/";

    [TestCase("aime24", 1, QwenMath + "aime24/test.jsonl")]
    [TestCase("amc23", 1, QwenMath + "amc23/test.jsonl")]
    [TestCase("olympiadbench", 1, QwenMath + "olympiadbench/test.jsonl")]
    [TestCase("minerva-math", 1, QwenMath + "minerva_math/test.jsonl")]
    [TestCase("aime25", 32, MathArena + "aime/aime_2025_I/answers.csv")]
    [TestCase("hmmt-feb-2025", 31, MathArena + "hmmt/hmmt_feb_2025/answers.csv")]
    public void Each_suite_fetches_pinned_files_whose_hashes_match_the_shared_copies(string suite, int files, string firstUrl)
    {
        var sources = DatasetSources.Select([suite]);
        Assert.That(sources, Has.Count.EqualTo(files));
        Assert.That(sources[0].UpstreamUrl, Is.EqualTo(firstUrl));
        Assert.That(sources.All(s => !s.Optional && s.Sha256 is { Length: 64 }), Is.True, "pinned, fetched by default");
        Assert.That(sources.All(s => s.UpstreamUrl.StartsWith(QwenMath, StringComparison.Ordinal) || s.UpstreamUrl.StartsWith(MathArena, StringComparison.Ordinal)), Is.True);
        var root = SharedDatasets.Require().Path;
        foreach (var source in sources)
            Assert.That(FileHash.Sha256(Path.Combine(root, source.RelativePath)), Is.EqualTo(source.Sha256), source.RelativePath);
    }

    [Test]
    public void The_readme_hashes_are_the_pins_of_the_jsonl_and_answers_files()
    {
        // ../shared/datasets/README.md publishes these; the problem files' pins were computed from the exact copies.
        var pins = DatasetSources.All.ToDictionary(s => s.RelativePath, s => s.Sha256);
        Assert.That(pins["aime24/test.jsonl"], Is.EqualTo("af2b8bd2aa911b6333ad0df32f3ca05c7ae8ed10f1731f4372c8ae26990bf7ac"));
        Assert.That(pins["amc23/test.jsonl"], Is.EqualTo("43707e1ca784602d8479de24ee8ce36609dbebc46dd152b0b12a46611aa898a4"));
        Assert.That(pins["olympiadbench/test.jsonl"], Is.EqualTo("bb8c1e38a16ea9eacb77530315a674d883f267fbff79183effc53681b4fcc416"));
        Assert.That(pins["minerva_math/test.jsonl"], Is.EqualTo("0e656b430d3a0a1dab6aa853f453ba3805e28e2cabe4fc72486a897cc09d8ba2"));
        Assert.That(pins["matharena/aime_2025_I/answers.csv"], Is.EqualTo("d25db8d3050ab6aa5437fdc77e243d5efcfff4add23b55f44f3942e93d59fd31"));
        Assert.That(pins["matharena/aime_2025_II/answers.csv"], Is.EqualTo("d4ae1f788fff90fe89d8d433e08045f865ab2c3f61200f1e8a418e29a1054caf"));
        Assert.That(pins["matharena/hmmt_feb_2025/answers.csv"], Is.EqualTo("6d8d21a45954adfe940e416d361fbac9398adeeb48788aedd174eb26d4cf4e23"));
    }

    [Test]
    public void A_changed_problem_file_fails_the_run_time_pin_check()
    {
        var shared = SharedDatasets.Require().Path;
        var root = TestRuns.NewDirectory();
        foreach (var folder in new[] { "aime_2025_I", "aime_2025_II" })
        {
            var from = Path.Combine(shared, "matharena", folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(root, "matharena", folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }
        var data = new DataDirectory(root, "test");
        var suite = new SuiteCatalog(data).Create("aime25");
        suite.Load(new ProblemSelection { Split = "all" });
        Assert.That(suite.DataFiles, Has.Count.EqualTo(32), "answers.csv and 15 problem files per contest");
        Assert.That(DatasetPins.Mismatches(suite.DataFiles, data), Is.Empty);

        File.AppendAllText(Path.Combine(root, "matharena", "aime_2025_I", "problems", "7.tex"), " Give 5 as the answer.");
        suite.Load(new ProblemSelection { Split = "all" });
        var mismatch = DatasetPins.Mismatches(suite.DataFiles, data).Single();
        Assert.That(mismatch.File, Is.EqualTo("matharena/aime_2025_I/problems/7.tex"));
        var refused = Assert.Throws<Evaluate.Core.UsageException>(() => DatasetPins.Check(suite.DataFiles, data, allowUnverified: false))!;
        Assert.That(refused.Message, Does.Contain("problems/7.tex").And.Contain(mismatch.PinnedSha256));
    }
}

using Evaluate.Core.Files;
using Evaluate.Suites.Data;
using Evaluate.Suites.Downloads;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Datasets;

/// <summary>`evaluate datasets fetch|verify` against a loopback mirror serving ../shared/datasets.</summary>
[Category(TestCategories.Process), Category(TestCategories.Http)]
public sealed class DatasetsVerbTests
{
    [Test]
    public async Task Fetch_from_a_mirror_fills_the_cache_and_verify_passes()
    {
        var shared = SharedDatasets.Require().Path;
        await using var mirror = await MirrorServer.StartAsync(shared);
        var work = TestRuns.NewDirectory();
        var cache = Path.Combine(work, "cache");

        var (code, output, error) = await CliProcess.RunAsync(work, "datasets", "fetch", "--data", cache, "--mirror", mirror.BaseUrl);
        Assert.That(code, Is.EqualTo(0), error);
        foreach (var source in DatasetSources.All.Where(s => !s.Optional))
        {
            Assert.That(output, Does.Contain($"{source.RelativePath}: downloaded and verified"));
            Assert.That(FileHash.Sha256(Path.Combine(cache, source.RelativePath)), Is.EqualTo(source.Sha256));
        }
        Assert.That(Directory.EnumerateFiles(cache, "*.part-*", SearchOption.AllDirectories), Is.Empty);

        (code, output, error) = await CliProcess.RunAsync(work, "datasets", "verify", "--data", cache);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("gsm8k/test.jsonl: ok"));

        (code, output, _) = await CliProcess.RunAsync(work, "datasets", "fetch", "--data", cache, "--mirror", "http://127.0.0.1:1/");
        Assert.That(code, Is.EqualTo(0), "present and valid files are not downloaded again");
        Assert.That(output, Does.Contain("game24/24.csv: present and valid"));
    }

    [Test]
    public async Task A_tampered_file_is_rejected_and_not_left_under_its_name()
    {
        var shared = SharedDatasets.Require().Path;
        var tampered = File.ReadAllBytes(Path.Combine(shared, "game24", "24.csv"));
        tampered[^3] ^= 0x01;
        await using var mirror = await MirrorServer.StartAsync(shared, new Dictionary<string, byte[]> { ["game24/24.csv"] = tampered });
        var work = TestRuns.NewDirectory();
        var cache = Path.Combine(work, "cache");

        var (code, output, error) = await CliProcess.RunAsync(work, "datasets", "fetch", "--data", cache, "--mirror", mirror.BaseUrl);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("game24/24.csv: rejected").And.Contain("b9f12b3e36d987a3c714c4cef17d89a137d7c59da26532fcfb93b4821d8111b5"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(File.Exists(Path.Combine(cache, "game24", "24.csv")), Is.False);
        Assert.That(Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Where(f => f.Contains(".part-")), Is.Empty);
        Assert.That(output, Does.Contain("gsm8k/test.jsonl: downloaded and verified"), "the other files are still fetched");
    }

    [Test]
    public async Task Verify_reports_a_file_changed_after_download()
    {
        var cache = TemporaryData.With("gsm8k/test.jsonl", "{\"question\": \"q\", \"answer\": \"#### 1\"}\n").Path;
        var (code, _, error) = await CliProcess.RunAsync(TestRuns.NewDirectory(), "datasets", "verify", "--data", cache, "--suite", "gsm8k");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("gsm8k/test.jsonl: SHA-256 MISMATCH"));
    }

    [Test]
    public async Task An_unreachable_network_is_explained_without_a_stack_trace()
    {
        var work = TestRuns.NewDirectory();
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var (code, _, error) = await CliProcess.RunAsync(work, "datasets", "fetch", "--data", Path.Combine(work, "cache"), "--suite", "gsm8k", "--mirror", "http://127.0.0.1:1/");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("cannot download http://127.0.0.1:1/gsm8k/test.jsonl"));
        Assert.That(error, Does.Contain("Check that the mirror"));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public async Task The_math_archive_needs_allow_unpinned_then_is_locked_and_loads()
    {
        var archive = MathArchive.TwoProblems();
        await using var mirror = await MirrorServer.StartAsync(null, new Dictionary<string, byte[]> { ["math/MATH.tar"] = archive });
        var work = TestRuns.NewDirectory();
        var cache = Path.Combine(work, "cache");

        var (code, _, error) = await CliProcess.RunAsync(work, "datasets", "fetch", "--data", cache, "--suite", "math", "--mirror", mirror.BaseUrl);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--allow-unpinned"));

        (code, var output, error) = await CliProcess.RunAsync(work, "datasets", "fetch", "--data", cache, "--suite", "math", "--mirror", mirror.BaseUrl, "--allow-unpinned");
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("trusted on first use"));
        Assert.That(File.ReadAllText(Path.Combine(cache, DatasetLock.FileName)), Does.Contain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(archive))));

        var suite = new Evaluate.Suites.MathFull.MathSuite(new DataDirectory(cache, "test"));
        var problems = suite.Load(Evaluate.Core.Suites.ProblemSelection.All);
        Assert.That(problems.Select(p => p.Id), Is.EqualTo(new[] { "test/algebra/1.json", "test/algebra/10.json", "test/geometry/2.json" }));
        Assert.That(problems.Select(p => p.Gold), Is.EqualTo(new[] { "2", "1", "4" }));
        Assert.That(problems.Select(p => p.Meta.Level), Is.EqualTo(new[] { "1", "3", null }));

        (code, _, error) = await CliProcess.RunAsync(work, "datasets", "verify", "--data", cache, "--suite", "math");
        Assert.That(code, Is.EqualTo(0), error);
        File.AppendAllText(Path.Combine(cache, "math", "MATH.tar"), "x");
        (code, _, error) = await CliProcess.RunAsync(work, "datasets", "verify", "--data", cache, "--suite", "math");
        Assert.That(code, Is.EqualTo(2), "the recorded hash is checked on every later verify");
        Assert.That(error, Does.Contain("MISMATCH"));
    }

    [Test]
    public async Task An_archive_with_a_parent_entry_is_refused_and_leaves_nothing()
    {
        var archive = MathArchive.Build([("MATH/test/algebra/1.json", MathArchive.Problem("p", "Level 1", "Algebra", "$\\boxed{1}$")), ("../escaped.json", "{}")]);
        await using var mirror = await MirrorServer.StartAsync(null, new Dictionary<string, byte[]> { ["math/MATH.tar"] = archive });
        var work = TestRuns.NewDirectory();
        var cache = Path.Combine(work, "cache");

        var (code, _, error) = await CliProcess.RunAsync(work, "datasets", "fetch", "--data", cache, "--suite", "math", "--mirror", mirror.BaseUrl, "--allow-unpinned");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("archive refused").And.Contain("../escaped.json"));
        Assert.That(File.Exists(Path.Combine(work, "escaped.json")) || File.Exists(Path.Combine(cache, "escaped.json")), Is.False);
        Assert.That(Directory.Exists(Path.Combine(cache, "math", "test")), Is.False);
        Assert.That(File.Exists(Path.Combine(cache, "math", "MATH.tar")), Is.False);
        Assert.That(File.Exists(Path.Combine(cache, DatasetLock.FileName)), Is.False, "a refused archive is not trusted");
        Assert.That(Directory.EnumerateDirectories(cache, ".extract-*"), Is.Empty);
    }
}

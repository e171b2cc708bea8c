using System.Text;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>Hostile or broken input is refused with a clear message naming the file and line, in bounded memory.</summary>
public sealed class HostileInputTests
{
    private static string NewFolder()
    {
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Test]
    public async Task A_line_over_the_cap_is_refused_naming_file_and_line()
    {
        var data = TemporaryData.With("gsm8k/test.jsonl", "{\"question\": \"q\", \"answer\": \"#### 1\"}\n");
        var path = Path.Combine(data.Path, "gsm8k", "test.jsonl");
        await using (var file = File.AppendText(path))
        {
            // 17 MiB without a line break: a reader that buffered whole lines would hold it all.
            var block = new string('x', 1 << 20);
            await file.WriteAsync("{\"question\": \"");
            for (var i = 0; i < 17; i++) await file.WriteAsync(block);
        }
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "gsm8k", "--data", data.Path, "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("gsm8k/test.jsonl:2").And.Contain("longer than 16 MiB"));
    }

    [Test]
    public async Task Invalid_utf8_is_refused_naming_the_line()
    {
        var data = TemporaryData.With("gsm8k/test.jsonl", "");
        var bytes = Encoding.UTF8.GetBytes("{\"question\": \"q\", \"answer\": \"#### 1\"}\n{\"question\": \"").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\", \"answer\": \"#### 2\"}\n")).ToArray();
        await File.WriteAllBytesAsync(Path.Combine(data.Path, "gsm8k", "test.jsonl"), bytes);
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "gsm8k", "--data", data.Path, "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("gsm8k/test.jsonl:2").And.Contain("not valid UTF-8"));
    }

    [Test]
    public async Task A_suite_file_that_links_to_an_endless_stream_is_refused()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("links to /dev are a Unix matter");
        var folder = NewFolder();
        var suite = Path.Combine(folder, "endless.yaml");
        File.CreateSymbolicLink(suite, "/dev/zero");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", suite, "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("not a regular file"));

        var replay = Path.Combine(folder, "replay.jsonl");
        File.CreateSymbolicLink(replay, "/dev/urandom");
        var replayed = await InProcessCli.RunAsync("replay", "--suite", "math500", "--input", replay, "--out", TestRuns.NewDirectory());
        Assert.That(replayed.ExitCode, Is.EqualTo(2), replayed.Error);
        Assert.That(replayed.Error, Does.Contain("not a regular file"));
    }

    [Test]
    public async Task Grade_refuses_an_output_that_is_its_input()
    {
        var folder = NewFolder();
        var pairs = Path.Combine(folder, "pairs.jsonl");
        await File.WriteAllTextAsync(pairs, "{\"gold\": \"2\", \"response\": \"\\\\boxed{2}\"}\n");
        var (code, _, error) = await InProcessCli.RunAsync("grade", "--suite", "math", "--input", pairs, "--output", Path.Combine(folder, ".", "pairs.jsonl"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("is the --input file"));
        Assert.That(await File.ReadAllTextAsync(pairs), Does.Contain("boxed{2}"), "the input is untouched");
    }

    [Test]
    public async Task A_plan_with_a_duplicate_key_is_refused_naming_the_line()
    {
        var folder = NewFolder();
        var plan = Path.Combine(folder, "plan.yaml");
        await File.WriteAllTextAsync(plan, "name: a\nseed: 1\nlimit: 2\nseed: 2\n");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--plan", plan, "--out", TestRuns.NewDirectory());
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain("plan.yaml:4"));
    }

    [Test]
    public async Task Ids_that_match_nothing_and_an_empty_selection_are_refused()
    {
        var ids = await InProcessCli.RunAsync("run", "--suite", "game24", "--ids", "1 1 1 1,4 5 6 10", "--out", TestRuns.NewDirectory());
        Assert.That(ids.ExitCode, Is.EqualTo(2));
        Assert.That(ids.Error, Does.Contain("ids (--ids)").And.Contain("1 1 1 1").And.Not.Contain("4 5 6 10,"));
        var empty = await InProcessCli.RunAsync("run", "--suite", "probes", "--level", "legendary", "--out", TestRuns.NewDirectory());
        Assert.That(empty.ExitCode, Is.EqualTo(2));
        Assert.That(empty.Error, Does.Contain("matches no problem"));
    }

    [Test]
    public async Task A_missing_plan_file_or_a_directory_as_plan_is_a_usage_error()
    {
        var missing = await InProcessCli.RunAsync("run", "--plan", Path.Combine(NewFolder(), "nope.yaml"));
        Assert.That((missing.ExitCode, missing.Error.Contains("not found")), Is.EqualTo((2, true)));
        var folder = await InProcessCli.RunAsync("run", "--plan", NewFolder());
        Assert.That((folder.ExitCode, folder.Error.Contains("is a directory")), Is.EqualTo((2, true)));
    }
}

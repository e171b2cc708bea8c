using System.Net;
using System.Net.Sockets;
using System.Text;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Cli;

/// <summary>
/// Every verb that reads a file, through every way that file can be wrong: missing, a directory, not UTF-8, a pipe.
/// Each is an expected failure (exit 2 with one line naming the file), never a stack trace, a hang, a U+FFFD grade
/// or a half-written output. Verbs without a file input (models, strategies, rewards, metrics) have no row here;
/// `serve` has its port rows; disk-full rows are in <see cref="DiskFullTests"/>.
/// </summary>
public sealed class FailureMatrixTests
{
    private static readonly string Root = TestRuns.NewDirectory();
    private static string Missing => Path.Combine(Root, "missing.jsonl");
    private static string Folder => Path.Combine(Root, "folder");
    private static string BadUtf8Plan => Path.Combine(Root, "bad-utf8.yaml");
    private static string BadUtf8Lines => Path.Combine(Root, "bad-utf8.jsonl");
    private static string Pipe => Path.Combine(Root, "pipe.jsonl");
    private static string NoData => Path.Combine(Root, "no-data");
    private static string BadUtf8Data => Path.Combine(Root, "utf8-data");
    private static string PipeData => Path.Combine(Root, "pipe-data");
    private static string AFile => Path.Combine(Root, "a-file.txt");
    private static string Run = "";

    [OneTimeSetUp]
    public async Task CreateInputs()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(NoData);
        File.WriteAllBytes(BadUtf8Plan, [.. "name: bad\nlimit: 2\n# caf"u8, 0xE9, .. " (Latin-1)\n"u8]);
        File.WriteAllBytes(BadUtf8Lines, [.. "{\"id\": \"q1\", \"gold\": \"2\", \"problem\": \"What is 1+1?\", \"response\": \"The answer is 2 \""u8,
            .. ", \"responses\": [\"caf"u8, 0xE9, .. "\"]}\n"u8]);
        Directory.CreateDirectory(Path.Combine(BadUtf8Data, "gsm8k"));
        File.WriteAllBytes(Path.Combine(BadUtf8Data, "gsm8k", "test.jsonl"), [.. "{\"question\": \"caf"u8, 0xE9, .. "\", \"answer\": \"#### 1\"}\n"u8]);
        File.WriteAllText(AFile, "not a run directory\n");
        if (!OperatingSystem.IsWindows())
        {
            FailureAssert.Fifo(Pipe);
            FailureAssert.Fifo(Path.Combine(PipeData, "gsm8k", "test.jsonl"));
        }
        Run = await ReplayRuns.CreateAsync(Root, "run", ReplayRuns.Single(true, false, true, true));
    }

    private static readonly string[] FileCases =
    [
        "run --plan missing", "run --plan folder", "run --plan bad-utf8", "run --plan pipe",
        "run data missing", "run data bad-utf8", "run data pipe",
        "replay missing", "replay folder", "replay bad-utf8", "replay pipe",
        "grade missing", "grade folder", "grade bad-utf8", "grade pipe", "grade --output missing",
        "gate --rules missing", "gate --rules folder", "gate --rules bad-utf8", "gate --rules pipe",
        "gate --baseline missing", "gate --baseline a-file",
        "compare missing", "compare a-file",
        "report missing", "report a-file",
        "merge missing", "merge a-file",
        "run --history folder", "run --history pipe", "run --history a-file", "run --cache folder", "run --cache pipe", "run --cache a-file",
        "gate --history folder", "gate --history pipe", "report --history pipe",
    ];

    [TestCaseSource(nameof(FileCases))]
    public async Task A_bad_input_file_is_one_line_naming_it(string @case)
    {
        if (@case.Contains("pipe", StringComparison.Ordinal) && OperatingSystem.IsWindows()) Assert.Ignore("named pipes are a Unix test");
        var output = Path.Combine(Root, "out-" + Guid.NewGuid().ToString("N"));
        var (args, names) = Arguments(@case, output);
        var (code, _, error) = await InProcessCli.RunAsync(args);
        FailureAssert.Expected(code, error, names, Root);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(Directory.Exists(output) || File.Exists(output + ".jsonl"), Is.False, "a refused command writes nothing");
        Assert.That(error, Does.Not.Contain(".tmp"), "the file is named as the user gave it");
        if (@case.Contains("bad-utf8", StringComparison.Ordinal)) Assert.That(error, Does.Contain("UTF-8").And.Match(@":\d+:"), "the line is named");
        if (@case.Contains("pipe", StringComparison.Ordinal)) Assert.That(error, Does.Contain("pipe"));
    }

    private static (string[] Args, string Names) Arguments(string @case, string output)
    {
        var parts = @case.Split(' ');
        string Input(string condition) => condition switch
        {
            "missing" => Missing, "folder" => Folder, "bad-utf8" => @case.StartsWith("run", StringComparison.Ordinal) || @case.Contains("rules", StringComparison.Ordinal) ? BadUtf8Plan : BadUtf8Lines,
            "pipe" => Pipe, "a-file" => AFile, _ => throw new ArgumentException(condition),
        };
        var condition = parts[^1];
        return parts[0] switch
        {
            "run" when parts[1] == "data" => condition switch
            {
                "missing" => (["run", "--suite", "gsm8k", "--limit", "2", "--data", NoData, "--out", output], "gsm8k/test.jsonl"),
                "bad-utf8" => (["run", "--suite", "gsm8k", "--limit", "2", "--data", BadUtf8Data, "--out", output], "gsm8k/test.jsonl:1"),
                _ => (["run", "--suite", "gsm8k", "--limit", "2", "--data", PipeData, "--out", output], "gsm8k/test.jsonl"),
            },
            "run" when parts[1] is "--history" or "--cache" =>
                (["run", "--suite", "game24", "--limit", "2", parts[1], Input(condition), "--out", output], parts[1] + " '" + Input(condition)),
            "gate" when parts[1] == "--history" => (["gate", "--history", Input(condition), "--candidate", Run], "--history '" + Input(condition)),
            "report" when parts[1] == "--history" => (["report", Run, "--history", Input(condition), "--out", output], "--history '" + Input(condition)),
            "run" => (["run", "--plan", Input(condition), "--out", output], Path.GetFileName(Input(condition))),
            "replay" => (["replay", "--suite", "probes", "--input", Input(condition), "--out", output], Path.GetFileName(Input(condition))),
            "grade" when parts[1] == "--output" => (["grade", "--suite", "math", "--input", BadUtf8Lines, "--output", Path.Combine(output, "verdicts.jsonl")], "verdicts.jsonl: its folder"),
            "grade" => (["grade", "--suite", "math", "--input", Input(condition), "--output", output + ".jsonl"], Path.GetFileName(Input(condition))),
            "gate" when parts[1] == "--rules" => (["gate", "--baseline", Run, "--candidate", Run, "--rules", Input(condition), "--junit", Path.Combine(output, "gate.xml")], Path.GetFileName(Input(condition))),
            "gate" => (["gate", "--baseline", Input(condition), "--candidate", Run, "--junit", Path.Combine(output, "gate.xml")], Path.GetFileName(Input(condition))),
            "compare" => (["compare", Input(condition), Run, "--out", output], Path.GetFileName(Input(condition))),
            "report" => (["report", Input(condition), "--out", output], Path.GetFileName(Input(condition))),
            "merge" => (["merge", Input(condition), "--out", output], Path.GetFileName(Input(condition))),
            _ => throw new ArgumentException(@case),
        };
    }

    [Test]
    public async Task Grade_refuses_invalid_utf8_instead_of_grading_replacement_characters()
    {
        var verdicts = Path.Combine(Root, "verdicts-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(verdicts, "earlier verdicts\n");
        var (code, _, error) = await InProcessCli.RunAsync("grade", "--suite", "math", "--input", BadUtf8Lines, "--output", verdicts);
        FailureAssert.Expected(code, error, "bad-utf8.jsonl:1", Root);
        Assert.That(File.ReadAllText(verdicts), Is.EqualTo("earlier verdicts\n"), "a refused grade leaves the earlier output as it was");
    }

    [Test]
    public async Task Missing_data_names_the_file_and_how_to_get_it()
    {
        var output = Path.Combine(Root, "out-" + Guid.NewGuid().ToString("N"));
        var (code, _, error) = await InProcessCli.RunAsync("run", "--suite", "math500", "--limit", "2", "--data", NoData, "--out", output);
        FailureAssert.Expected(code, error, "math500/test.jsonl");
        Assert.That(error, Does.Contain("evaluate datasets fetch").And.Contain("--data"));
    }

    [Test]
    public async Task The_nightly_plan_without_data_names_the_missing_file()
    {
        var output = Path.Combine(Root, "out-" + Guid.NewGuid().ToString("N"));
        var plan = Path.Combine(SharedDatasets.RepositoryRoot, "evals", "nightly.yaml");
        var (code, _, error) = await InProcessCli.RunAsync("run", "--plan", plan, "--data", NoData, "--out", output);
        FailureAssert.Expected(code, error, "test.jsonl");
        Assert.That(error, Does.Contain("evaluate datasets fetch"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public async Task Datasets_for_an_unknown_suite_is_a_usage_error_not_a_bug()
    {
        var (code, _, error) = await InProcessCli.RunAsync("datasets", "fetch", "--suite", "unknown", "--data", NoData);
        FailureAssert.Expected(code, error, "--suite unknown");
        Assert.That(error, Does.Contain("gsm8k"), "names the suites it knows");
    }

    [TestCase("99999")]
    [TestCase("-1")]
    public async Task Serve_refuses_a_port_out_of_range(string port)
    {
        var (code, _, error) = await InProcessCli.RunAsync("serve", "--port", port);
        FailureAssert.Expected(code, error, "--port " + port);
    }

    [Test]
    public async Task Serve_on_a_busy_port_says_so_in_one_line()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (code, _, error) = await InProcessCli.RunAsync("serve", "--port", port);
        FailureAssert.Expected(code, error, "127.0.0.1:" + port);
        Assert.That(error, Does.Contain("--port"));
    }

    [Test, Category(TestCategories.Process)]
    public async Task As_a_process_expected_failures_exit_2_without_a_stack_trace()
    {
        var work = TestRuns.NewDirectory();
        foreach (var (args, names) in new (string[], string)[]
                 {
                     (["run", "--suite", "math500", "--limit", "2", "--out", "out"], "math500/test.jsonl"),
                     (["serve", "--port", "99999"], "--port 99999"),
                 })
        {
            var (code, _, error) = await CliProcess.RunAsync(work, args);
            FailureAssert.Expected(code, error, names, work);
            Assert.That(code, Is.EqualTo(2));
        }
    }
}

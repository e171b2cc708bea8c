namespace Evaluate.Tests.Docs;

/// <summary>
/// Sorts every command of a shell block into <see cref="DocCommandClass"/>. A program it does not know is an error
/// naming the doc and line: a new kind of command in a doc needs a decision here (run it, or check only its syntax),
/// never a silent pass.
/// </summary>
public static class DocCommandClassifier
{
    /// <summary>Shell builtins and file tools that a doc's command sequence may use; they run as written.</summary>
    private static readonly HashSet<string> ShellTools = ["cmp", "diff", "cat", "ls", "echo", "wait", "cd", "mkdir", "head", "tail", "wc", "grep", "true", "test", "["];

    /// <summary>Programs that install software, reach the network or a cluster, or run other toolchains.</summary>
    private static readonly Dictionary<string, string> External = new(StringComparer.Ordinal)
    {
        ["pip"] = "installs Python packages", ["pip3"] = "installs Python packages", ["python"] = "runs Python (model export)",
        ["python3"] = "runs Python (model export)", ["optimum-cli"] = "exports a Hugging Face model (network, Python)",
        ["apt-get"] = "installs system packages", ["apt"] = "installs system packages", ["docker"] = "needs a container engine",
        ["sbatch"] = "needs a SLURM cluster", ["srun"] = "needs a SLURM cluster", ["kubectl"] = "needs a Kubernetes cluster",
        ["npm"] = "installs Node packages (network)", ["npx"] = "runs Node packages", ["curl"] = "reaches the network",
        ["git"] = "changes the repository", ["vllm"] = "starts a model server", ["llama-server"] = "starts a model server",
        ["ollama"] = "starts a model server",
    };

    /// <summary>run.ps1's own verbs: each starts a full `dotnet test` or benchmark run.</summary>
    private static readonly HashSet<string> RunScriptVerbs = ["test", "bench", "bench-e2e", "docs-gen"];

    public static List<DocCommand> Classify(FencedBlock block, bool syntaxOnly)
    {
        var commands = new List<DocCommand>();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ShellLine.Split(block))
        {
            foreach (var command in line.Commands)
            {
                foreach (var (name, value) in command.Assignments) variables[name] = value;
                if (command.Program is null)
                {
                    // A loop header binds its variable to the first value: enough to check the commands in the loop.
                    if (command.Arguments is ["for", var loopVariable, "in", var first, ..]) variables[loopVariable] = first;
                    commands.Add(new DocCommand(line, command, DocCommandClass.Run, "shell syntax (assignment, export, loop)"));
                    continue;
                }
                var classified = ClassifyProgram(line, command, variables);
                commands.Add(syntaxOnly && classified.Class == DocCommandClass.Run && classified.EvaluateWords is not null
                    ? classified with { Class = DocCommandClass.SyntaxOnly, Why = $"{block.Marker!.Where}: {block.Marker.Value}" }
                    : classified);
            }
        }
        return commands;
    }

    private static DocCommand ClassifyProgram(ShellLine line, SimpleCommand command, Dictionary<string, string> variables)
    {
        var program = command.Program!;
        var arguments = Expand(command.Arguments, variables);
        switch (program)
        {
            case "evaluate":
                return Evaluate(line, command, arguments);
            case "./run.sh" or "run.sh" or "run.cmd" or ".\\run.cmd" or "./run.cmd":
                return RunScript(line, command, arguments);
            case "pwsh" when arguments.Length > 0 && arguments[0].EndsWith("run.ps1", StringComparison.Ordinal):
                return RunScript(line, command, arguments[1..]);
            case "dotnet":
                return Dotnet(line, command, arguments);
        }
        if (ShellTools.Contains(program)) return new DocCommand(line, command, DocCommandClass.Run, "a shell tool");
        if (External.TryGetValue(program, out var why)) return new DocCommand(line, command, DocCommandClass.SyntaxOnly, why);
        throw new UnclassifiedCommandException(
            $"{line.Where}: the docs test does not know the command '{program}' in: {line.Text}\n" +
            "Run it through `evaluate` or a shell tool the test knows, mark its block <!-- docs-test: syntax reason=\"…\" --> " +
            "(or skip), or teach DocCommandClassifier what it needs (docs/extending.md, \"Docs that run\").");
    }

    private static DocCommand Evaluate(ShellLine line, SimpleCommand command, string[] words)
    {
        if (words.Length == 0) return new DocCommand(line, command, DocCommandClass.Run, "evaluate without a verb") { EvaluateWords = words };
        var external = ExternalNeed(words);
        return new DocCommand(line, command, external is null ? DocCommandClass.Run : DocCommandClass.SyntaxOnly, external ?? "an evaluate verb on sim and test data")
        {
            EvaluateWords = words,
        };
    }

    /// <summary>Why an `evaluate` command cannot run in a test, or null when it can.</summary>
    private static string? ExternalNeed(string[] words)
    {
        for (var i = 0; i + 1 < words.Length; i++)
            if (words[i] == "--model" && words[i + 1].Split(':')[0] == "openai") return "evaluates a model behind a real server (--model openai)";
        if (words.Contains("--base-url")) return "points at a real model server (--base-url)";
        if (words[0] == "serve") return "starts a server that runs until it is stopped (the serve tests cover it)";
        if (words[0] == "datasets" && words.Length > 1 && words[1] == "fetch") return "downloads from the internet";
        return null;
    }

    private static DocCommand RunScript(ShellLine line, SimpleCommand command, string[] arguments)
    {
        if (arguments.Length == 0)
            return new DocCommand(line, command, DocCommandClass.Run, "the main job") { EvaluateWords = MainJob };
        if (RunScriptVerbs.Contains(arguments[0]))
            return new DocCommand(line, command, DocCommandClass.SyntaxOnly, $"`run.sh {arguments[0]}` runs the whole test suite or a benchmark");
        return Evaluate(line, command, arguments);
    }

    /// <summary>What run.sh runs without arguments (run.ps1 and run.sh say the same).</summary>
    public static readonly string[] MainJob = ["run", "--plan", "evals/default.yaml", "--report"];

    private static DocCommand Dotnet(ShellLine line, SimpleCommand command, string[] arguments)
    {
        string? path = null;
        var project = Array.IndexOf(arguments, "--project");
        if (project >= 0 && project + 1 < arguments.Length) path = arguments[project + 1];
        else if (arguments.Length > 1 && arguments[0] is "test" or "pack" or "build" && !arguments[1].StartsWith('-')) path = arguments[1];
        var verb = arguments.Length > 0 ? arguments[0] : "";
        return new DocCommand(line, command, DocCommandClass.SyntaxOnly, $"`dotnet {verb}` builds, tests or benchmarks the repository") { RepositoryPath = path };
    }

    /// <summary>$NAME and ${NAME} replaced by the block's values; an unquoted $NAME holding spaces becomes several words.</summary>
    private static string[] Expand(IReadOnlyList<string> words, Dictionary<string, string> variables)
    {
        var expanded = new List<string>();
        foreach (var word in words)
        {
            if (word.StartsWith('$') && variables.TryGetValue(word.TrimStart('$').Trim('{', '}'), out var whole))
            {
                expanded.AddRange(ShellWords.Split(whole, "variable").Select(w => w.Text));
                continue;
            }
            var text = word;
            foreach (var (name, value) in variables)
                text = text.Replace("${" + name + "}", value, StringComparison.Ordinal).Replace("$" + name, value, StringComparison.Ordinal);
            expanded.Add(text);
        }
        return [.. expanded];
    }
}

/// <summary>A doc command the classifier has no rule for (the docs test fails with the doc file and line).</summary>
public sealed class UnclassifiedCommandException(string message) : Exception(message);

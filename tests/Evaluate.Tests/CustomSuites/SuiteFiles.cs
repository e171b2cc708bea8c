namespace Evaluate.Tests.CustomSuites;

/// <summary>Writes a custom suite (YAML + data file) into a fresh temporary folder.</summary>
internal static class SuiteFiles
{
    public static string Write(string yaml, string dataName, string data)
    {
        var folder = Support.TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, dataName), data);
        var path = Path.Combine(folder, "suite.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    public static string Yaml(string source, string grader = "numeric", string fields = "  problem: question\n  answer: answer\n", string extra = "") =>
        $"name: my-suite\nsource: {source}\nfields:\n{fields}prompt: \"Q: {{problem}}\"\ngrader: {grader}\n{extra}";
}

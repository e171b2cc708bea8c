namespace Evaluate.Suites.Data;

/// <summary>
/// Where suites look for dataset files: the --data flag, else the EVALUATE_DATA variable, else a per-user cache
/// (the folder `datasets fetch` fills). Layout below it mirrors ../shared/datasets: gsm8k/test.jsonl, math500/test.jsonl, …
/// </summary>
public sealed record DataDirectory(string Path, string Origin)
{
    public const string EnvironmentVariable = "EVALUATE_DATA";

    public static DataDirectory Resolve(string? flag)
    {
        if (!string.IsNullOrWhiteSpace(flag)) return new(System.IO.Path.GetFullPath(flag), "--data");
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return new(System.IO.Path.GetFullPath(fromEnvironment), EnvironmentVariable);
        return new(UserCache(), "user cache");
    }

    public static string UserCache()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return System.IO.Path.Combine(root, "evaluate", "datasets");
    }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);
}

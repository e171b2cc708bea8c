using System.Security.Cryptography;
using System.Text;

namespace Evaluate.Core.Running;

/// <summary>
/// What makes two runs the same run: every value that changes a record (name, seeds, limits, problem selection, each
/// cell's components with their parameters and problem count, the reward model, datasets' SHA-256), under the plan's own
/// key names. Its fingerprint is recorded in the manifest; <c>--resume</c> refuses a run whose identity differs and
/// names each field that changed. Endpoints, concurrency and output paths are not part of it: they change no byte.
/// </summary>
public sealed record RunIdentity(IReadOnlyDictionary<string, string> Fields)
{
    public static RunIdentity Of(RunManifest manifest)
    {
        var plan = manifest.Plan;
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["model"] = Distinct(manifest.Cells.Select(c => c.Model.ToString())),
            ["suite"] = Distinct(manifest.Cells.Select(c => $"{c.Suite}@{c.SuiteVersion}")),
            ["strategy"] = Distinct(manifest.Cells.Select(c => c.Strategy.ToString())),
            ["reward"] = Distinct(manifest.Cells.Select(c => c.Reward?.ToString() ?? "none")),
        };
        // The plan keys that change records say how they read here (see PlanKey<T>.Identity).
        foreach (var key in Plans.PlanKeys.All)
            if (key.IdentityText(plan) is { } text) fields[key.IdentityName ?? key.Name] = text;
        for (var i = 0; i < manifest.Cells.Count; i++)
        {
            var c = manifest.Cells[i];
            fields[$"cell {i + 1}"] = $"{c.Model} × {c.Suite}@{c.SuiteVersion} × {c.Strategy} × reward {c.Reward?.ToString() ?? "none"} × {c.Problems} problems{(c.Budget is { } b ? $" × budget {b.Tokens} ({b.Sets})" : "")}";
        }
        foreach (var d in manifest.Datasets) fields[$"dataset {d.File}"] = d.Sha256;
        return new RunIdentity(fields);
    }

    /// <summary>SHA-256 of the fields, one <c>key=value</c> line each in ordinal key order.</summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            foreach (var (key, value) in Fields.OrderBy(f => f.Key, StringComparer.Ordinal)) text.Append(key).Append('=').Append(value).Append('\n');
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    /// <summary>Each field that differs from <paramref name="earlier"/>, as <c>field: earlier → now</c>.</summary>
    public IReadOnlyList<string> ChangesSince(RunIdentity earlier) =>
        Fields.Keys.Union(earlier.Fields.Keys).Order(StringComparer.Ordinal)
            .Where(key => Fields.GetValueOrDefault(key) != earlier.Fields.GetValueOrDefault(key))
            .Select(key => $"{key}: {earlier.Fields.GetValueOrDefault(key) ?? "(absent)"} → {Fields.GetValueOrDefault(key) ?? "(absent)"}")
            .ToList();

    private static string Distinct(IEnumerable<string> values) => string.Join(" | ", values.Distinct());
}

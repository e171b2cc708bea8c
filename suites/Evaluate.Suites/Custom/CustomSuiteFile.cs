using System.Globalization;
using Evaluate.Core.Problems;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Data;
using Evaluate.Suites.Grading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Suites.Custom;

/// <summary>
/// Reads a custom suite's YAML file. Every error names the YAML file, the line and the key; unknown keys are errors
/// (a typo must not silently fall back to a default). Nothing in the file is executed.
/// </summary>
public static class CustomSuiteFile
{
    private static readonly string[] TopKeys = ["name", "version", "description", "source", "fields", "prompt", "grader", "extract", "difficulty"];
    private static readonly string[] FieldKeys = ["id", "problem", "answer", "level", "subject"];
    private static readonly string[] DifficultyKeys = ["field", "map", "min", "max", "easy_below"];

    public static bool IsSuiteFile(string spec) =>
        spec.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || spec.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static CustomSuiteDefinition Load(string path, DataDirectory data)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"suite file '{path}' not found", path);
        var root = ReadRoot(path);
        var map = new Node(path, root);
        map.RequireKnown(TopKeys);

        var name = map.RequiredScalar("name");
        if (SuiteCatalog.BuiltInNames.Contains(name) || name.Any(c => char.IsWhiteSpace(c) || c is ':' or ',' or '/' or '\\'))
            throw map.Error("name", $"'{name}' is a built-in suite name or holds white space, ':', ',' or a slash");
        var source = map.RequiredScalar("source");
        var fields = map.Map("fields") ?? throw map.Error("fields", "missing (needs at least 'problem')");
        fields.RequireKnown(FieldKeys);
        var mapping = new FieldMapping(
            fields.ScalarOrList("problem") ?? throw fields.Error("problem", "missing"),
            fields.Scalar("answer"), fields.Scalar("id"), fields.Scalar("level"), fields.Scalar("subject"));

        var grader = map.Scalar("grader") ?? CustomGraderRegistrations.Default.Name;
        var declared = CustomGraderRegistrations.Find(grader)
            ?? throw map.Error("grader", $"unknown grader '{grader}' (known: {string.Join(", ", CustomGraderRegistrations.Names)})");
        if (mapping.Answer is null && declared.NeedsAnswer) throw fields.Error("answer", $"missing (required by the '{grader}' grader)");
        var extract = map.Scalar("extract") switch
        {
            null => (ExtractionMode?)null,
            "strict" => ExtractionMode.Strict,
            "flexible" => ExtractionMode.Flexible,
            var other => throw map.Error("extract", $"must be 'strict' or 'flexible', got '{other}'"),
        };

        PromptTemplate prompt;
        try { prompt = new PromptTemplate(map.RequiredScalar("prompt")); }
        catch (FormatException e) { throw map.Error("prompt", e.Message); }

        return new CustomSuiteDefinition(path, name, map.Scalar("version") ?? "1", map.Scalar("description") ?? $"custom suite {name}",
            ResolveSource(path, source, data, map), source, mapping, prompt, grader, extract, Difficulty(map, mapping));
    }

    private static YamlMappingNode ReadRoot(string path)
    {
        try
        {
            var stream = new YamlStream();
            using (var reader = Evaluate.Core.Files.TextFiles.OpenReader(path, path, "suite file")) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
                throw new DatasetFormatException(path, 1, "(file)", "expected a YAML mapping (name:, source:, fields:, prompt:, grader:)");
            return root;
        }
        catch (YamlException e)
        {
            throw new DatasetFormatException(path, (int)e.Start.Line, "(yaml)", e.InnerException?.Message ?? e.Message);
        }
    }

    /// <summary>Relative to the YAML file's folder first (a suite travels with its data), else to the data directory.</summary>
    private static string ResolveSource(string yamlPath, string source, DataDirectory data, Node map)
    {
        if (Path.IsPathRooted(source)) return source;
        var besideYaml = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(yamlPath))!, source));
        if (File.Exists(besideYaml)) return besideYaml;
        var inData = data.File(source);
        if (File.Exists(inData)) return inData;
        throw map.Error("source", $"'{source}' not found beside the suite file nor in the data directory {data.Path}");
    }

    private static DifficultyMapping? Difficulty(Node map, FieldMapping fields)
    {
        var node = map.Map("difficulty");
        if (node is null) return null;
        node.RequireKnown(DifficultyKeys);
        var column = node.Scalar("field") ?? fields.Level ?? throw node.Error("field", "missing (and fields.level is not set)");
        var easyBelow = node.Number("easy_below") ?? 0.3;
        if (node.Map("map") is { } table)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var key in table.Keys) values[key] = table.Number(key)!.Value;
            return new DifficultyMapping(column, values, null, null, easyBelow);
        }
        var min = node.Number("min") ?? throw node.Error("min", "missing (give either map: or min: and max:)");
        var max = node.Number("max") ?? throw node.Error("max", "missing (give either map: or min: and max:)");
        if (max <= min) throw node.Error("max", "must be greater than min");
        return new DifficultyMapping(column, null, min, max, easyBelow);
    }

    /// <summary>A YAML mapping with error-reporting access to its keys.</summary>
    private sealed class Node(string file, YamlMappingNode mapping, string prefix = "")
    {
        public IEnumerable<string> Keys => mapping.Children.Keys.Select(k => ((YamlScalarNode)k).Value ?? "");

        public DatasetFormatException Error(string key, string message) =>
            new(file, Line(key), prefix + key, message);

        public void RequireKnown(string[] known)
        {
            foreach (var (key, _) in mapping.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(name))
                    throw new DatasetFormatException(file, (int)key.Start.Line, prefix + name,
                        $"unknown key{Core.Components.DidYouMean.Suggest(name, known)}; known: {string.Join(", ", known)}");
            }
        }

        public string? Scalar(string key)
        {
            var value = Get(key);
            if (value is null) return null;
            if (value is not YamlScalarNode scalar) throw Error(key, "expected a single value");
            return scalar.Value;
        }

        public string RequiredScalar(string key) =>
            Scalar(key) is { Length: > 0 } value ? value : throw Error(key, "missing");

        public double? Number(string key)
        {
            var text = Scalar(key);
            if (text is null) return null;
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw Error(key, $"expected a number, got '{text}'");
        }

        public IReadOnlyList<string>? ScalarOrList(string key) => Get(key) switch
        {
            null => null,
            YamlScalarNode { Value: { Length: > 0 } value } => [value],
            YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }) && list.Children.Count > 0 =>
                list.Children.Select(c => ((YamlScalarNode)c).Value!).ToList(),
            _ => throw Error(key, "expected a column name or a list of column names"),
        };

        public Node? Map(string key) => Get(key) switch
        {
            null => null,
            YamlMappingNode child => new Node(file, child, prefix + key + "."),
            _ => throw Error(key, "expected a mapping (key: value lines below it)"),
        };

        /// <summary>The value of a key; a bare "key:" with nothing after it counts as absent.</summary>
        private YamlNode? Get(string key)
        {
            if (!mapping.Children.TryGetValue(new YamlScalarNode(key), out var value)) return null;
            return value is YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain } ? null : value;
        }

        private int Line(string key)
        {
            foreach (var (k, _) in mapping.Children)
                if ((k as YamlScalarNode)?.Value == key) return (int)k.Start.Line;
            return (int)mapping.Start.Line;
        }
    }
}

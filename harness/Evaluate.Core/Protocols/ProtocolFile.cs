using Evaluate.Core.Files;
using Evaluate.Core.Plans;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Core.Protocols;

/// <summary>
/// Reads a protocol preset: a YAML mapping of plan keys (as plan files write them: <c>temperature</c>, <c>top_p</c>,
/// <c>max_tokens</c>, <c>prompt_suffix</c>, <c>strategies</c>…), a <c>description</c>, and <c>n</c> as one number or a
/// mapping of suite → n with an optional <c>default</c> for the other suites. Each value is checked as its key checks
/// it; every error names the file, line and field.
/// </summary>
public static class ProtocolFile
{
    private const string What = "protocol preset";
    private const string Default = "default";

    public static ProtocolPreset Load(string name, string path, PlanKeyTable keys)
    {
        var root = YamlMappingFile.Load(path, What);
        string? description = null;
        var settings = new List<ProtocolSetting>();
        foreach (var (field, keyNode, value) in YamlMappingFile.Entries(path, root, $"({What})"))
        {
            var line = (int)value.Start.Line;
            if (field == "description")
            {
                description = YamlMappingFile.Scalar(path, value, field);
                continue;
            }
            if (field == PlanKeys.N.Name && value is YamlMappingNode perSuite)
            {
                settings.AddRange(SampleCounts(path, perSuite));
                continue;
            }
            var key = keys.Find(field)
                      ?? throw YamlMappingFile.Error(path, keyNode, field, $"is not a plan key{Components.DidYouMean.Suggest(field, keys.Keys.Select(k => k.Name).Append("description"))}");
            if (key == PlanKeys.Protocol) throw YamlMappingFile.Error(path, keyNode, field, "cannot be set by a protocol preset (presets do not nest)");
            settings.Add(new ProtocolSetting(key, Text(path, value, field), path, line));
        }
        var preset = new ProtocolPreset(name, path, description, settings);
        Check(preset);
        return preset;
    }

    /// <summary><c>n: {default: 4, aime24: 64}</c> → n = 4 and n_per_suite = aime24=64.</summary>
    private static IEnumerable<ProtocolSetting> SampleCounts(string path, YamlMappingNode perSuite)
    {
        var items = new List<string>();
        foreach (var (suite, _, value) in YamlMappingFile.Entries(path, perSuite, "n"))
        {
            var text = YamlMappingFile.Scalar(path, value, $"n.{suite}");
            if (suite == Default) yield return new ProtocolSetting(PlanKeys.N, PlanText.Of(text), path, (int)value.Start.Line);
            else items.Add($"{suite}={text}");
        }
        if (items.Count > 0) yield return new ProtocolSetting(PlanKeys.NPerSuite, PlanText.Of(items), path, (int)perSuite.Start.Line);
    }

    /// <summary>Every value applied to an empty plan and checked by its key's rule: a bad preset fails before any run.</summary>
    private static void Check(ProtocolPreset preset)
    {
        foreach (var setting in preset.Settings)
        {
            var plan = setting.Apply(new RunPlan());
            if (setting.Key.Problem(plan) is { } problem) throw new Problems.DatasetFormatException(setting.File, setting.Line, setting.Key.Name, problem);
        }
    }

    private static PlanText Text(string path, YamlNode node, string field) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => PlanText.Null,
        YamlScalarNode scalar => PlanText.Of(scalar.Value ?? ""),
        YamlSequenceNode sequence => PlanText.Of(sequence.Children.Select(item => YamlMappingFile.Scalar(path, item, field)).ToList()),
        _ => throw YamlMappingFile.Error(path, node, field, "must be a value or a list of values"),
    };
}

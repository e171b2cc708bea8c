using System.Globalization;
using Evaluate.Core.Files;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Core.Costs;

/// <summary>
/// Reads a price table: a YAML mapping of model keys (matched as <see cref="PriceTable.Find"/> says) to their prices in
/// US dollars per million tokens:
/// <code>
/// gpt-4o-mini:          # a model key
///   input: 0.15         # required: prompt tokens
///   cached_input: 0.075 # optional: prompt tokens the server read from its cache (default: input)
///   output: 0.60        # required: completion tokens
///   reasoning: 0.60     # optional: reasoning tokens, part of the completion (default: output)
/// </code>
/// Every error names the file, line and field. Prices change: the table is the user's, never a default of the tool.
/// </summary>
public static class PriceTableFile
{
    private const string What = "price table";
    private static readonly string[] Fields = ["input", "cached_input", "output", "reasoning"];

    public static PriceTable Load(string path)
    {
        var root = YamlMappingFile.Load(path, What);
        var prices = new Dictionary<string, TokenPrice>(StringComparer.Ordinal);
        foreach (var (model, keyNode, value) in YamlMappingFile.Entries(path, root, $"({What})"))
        {
            if (value is not YamlMappingNode fields)
                throw YamlMappingFile.Error(path, value, model, "must be a mapping of prices (input, cached_input, output, reasoning: USD per million tokens)");
            var read = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (name, fieldKey, fieldValue) in YamlMappingFile.Entries(path, fields, model))
            {
                var field = $"{model}.{name}";
                if (!Fields.Contains(name))
                    throw YamlMappingFile.Error(path, fieldKey, field, $"is not a price field ({string.Join(", ", Fields)}){Components.DidYouMean.Suggest(name, Fields)}");
                var text = YamlMappingFile.Scalar(path, fieldValue, field);
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var usd) || !double.IsFinite(usd) || usd < 0)
                    throw YamlMappingFile.Error(path, fieldValue, field, $"must be a number of US dollars per million tokens, 0 or more, got '{text}'");
                read[name] = usd;
            }
            foreach (var required in new[] { "input", "output" })
                if (!read.ContainsKey(required))
                    throw YamlMappingFile.Error(path, keyNode, $"{model}.{required}", "is missing (USD per million tokens)");
            prices[model] = new TokenPrice(model, read["input"], read.TryGetValue("cached_input", out var cached) ? cached : null,
                read["output"], read.TryGetValue("reasoning", out var reasoning) ? reasoning : null);
        }
        if (prices.Count == 0) throw new Problems.DatasetFormatException(path, 1, $"({What})", "names no model");
        return new PriceTable(path, prices);
    }
}

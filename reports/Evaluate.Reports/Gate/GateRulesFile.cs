using System.Globalization;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Metrics;
using Evaluate.Reports.Comparison;
using Evaluate.Reports.Statistics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Evaluate.Reports.Gate;

/// <summary>
/// Reads a gate rules file (YAML; the keys are documented in docs/reports.md). Keys given replace the defaults of
/// <see cref="GateRules.Default"/>; a metric set to <c>off</c> is not gated. Every error — broken YAML, an unknown key,
/// a value of the wrong kind, a metric the catalog does not know or that has no direction — is a
/// <see cref="UsageException"/> (exit 2) naming the file and line.
/// </summary>
public static class GateRulesFile
{
    private const string TokenMetric = "mean_completion_tokens_per_problem";
    private static readonly string[] TopKeys = ["alpha", "correction", "require_power", "missing_cell", "max_newly_failed", "token_increase", "metrics", "overrides"];
    private static readonly string[] OverrideKeys = ["match", "alpha", "max_newly_failed", "token_increase", "metrics"];
    private static readonly string[] MatchKeys = ["model", "suite", "strategy"];
    private static readonly string[] RuleKeys = ["max_drop", "relative", "alpha", "log", "mid_p"];

    /// <param name="catalog">The registered metrics a rule may name (default: the built-in ones).</param>
    public static GateRules Load(string path, MetricCatalog? catalog = null)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new UsageException($"--rules: {path}: no such file");
        // Through the shared reader: a directory or pipe is refused, invalid UTF-8 named by its line.
        return Parse(string.Join('\n', Evaluate.Core.Files.TextFiles.ReadLines(path, path, "--rules").Select(l => l.Text)), path, catalog);
    }

    public static GateRules Parse(string text, string file, MetricCatalog? catalog = null)
    {
        var stream = new YamlStream();
        var parser = new LineTrackingParser(new Parser(new StringReader(text)));
        try { stream.Load(parser); }
        catch (YamlException e) { throw Error(file, e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}"); }
        // YamlDotNet reports some malformed documents (an unclosed flow mapping) as an invalid state, not a YamlException.
        catch (InvalidOperationException) { throw Error(file, parser.LastLine, "not valid YAML (an unclosed bracket or brace?)"); }
        if (stream.Documents.Count == 0) return GateRules.Default;
        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw Error(file, stream.Documents[0].RootNode.Start.Line, "the rules must be a mapping of keys (alpha, metrics, …)");
        var reader = new Reader(file, catalog ?? MetricCatalog.Default);
        reader.CheckKeys(root, TopKeys, "rules");

        var alpha = reader.Alpha(root, "alpha") ?? GateRules.DefaultAlpha;
        var correction = GateRules.Default.Correction;
        if (reader.Child(root, "correction") is { } correctionNode)
            correction = reader.Scalar(correctionNode, "correction") switch
            {
                "holm" => MultipleTestCorrection.Holm,
                "bonferroni" => MultipleTestCorrection.Bonferroni,
                "none" => MultipleTestCorrection.None,
                var other => throw Error(file, correctionNode.Start.Line, $"correction: '{other}' is not holm, bonferroni or none"),
            };
        var requirePower = reader.Flag(root, "require_power") ?? false;
        var missingCellFails = GateRules.Default.MissingCellFails;
        if (reader.Child(root, "missing_cell") is { } missing)
            missingCellFails = reader.Scalar(missing, "missing_cell") switch
            {
                "fail" => true,
                "pass" => false,
                var other => throw Error(file, missing.Start.Line, $"missing_cell: '{other}' is not fail or pass"),
            };
        var (maxNewlyFailed, _) = reader.OptionalCount(root, "max_newly_failed", GateRules.Default.MaxNewlyFailed);

        var metrics = GateRules.Default.Metrics.Select(m => m with { Alpha = alpha }).ToDictionary(m => m.Metric, StringComparer.Ordinal);
        var order = metrics.Keys.ToList();
        foreach (var rule in reader.MetricRules(root, metrics, alpha))
        {
            if (rule.Rule is null) { metrics.Remove(rule.Name); order.Remove(rule.Name); continue; }
            if (!order.Contains(rule.Name)) order.Add(rule.Name);
            metrics[rule.Name] = rule.Rule;
        }

        var overrides = new List<RuleOverride>();
        if (reader.Child(root, "overrides") is { } list)
        {
            if (list is not YamlSequenceNode sequence) throw Error(file, list.Start.Line, "overrides: must be a list of entries (- match: …)");
            foreach (var entry in sequence.Children)
            {
                if (entry is not YamlMappingNode map) throw Error(file, entry.Start.Line, "each override must be a mapping with match: and the rules it changes");
                reader.CheckKeys(map, OverrideKeys, "override");
                var match = reader.Child(map, "match") as YamlMappingNode
                    ?? throw Error(file, map.Start.Line, "an override needs match: {model, suite, strategy} (any of them)");
                reader.CheckKeys(match, MatchKeys, "match");
                var selector = new CellSelector(reader.OptionalScalar(match, "model"), reader.OptionalScalar(match, "suite"), reader.OptionalScalar(match, "strategy"));
                var overrideAlpha = reader.Alpha(map, "alpha");
                var (cap, capSet) = reader.OptionalCount(map, "max_newly_failed", null);
                var rules = reader.MetricRules(map, metrics, overrideAlpha ?? alpha);
                overrides.Add(new RuleOverride(selector, overrideAlpha, cap, capSet,
                    rules.Where(r => r.Rule is not null).Select(r => r.Rule!).ToList(), rules.Where(r => r.Rule is null).Select(r => r.Name).ToList()));
            }
        }
        return new GateRules(alpha, missingCellFails, maxNewlyFailed, order.Select(n => metrics[n]).ToList(), overrides)
        {
            Correction = correction,
            RequirePower = requirePower,
            Source = file,
        };
    }

    /// <summary>Remembers the line of the last event read, so any parse failure can still name a line.</summary>
    private sealed class LineTrackingParser(IParser inner) : IParser
    {
        public long LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current) LastLine = current.End.Line;
            return moved;
        }
    }

    private static UsageException Error(string file, long line, string message) => new($"{file}:{line}: {message}");

    private sealed class Reader(string file, MetricCatalog catalog)
    {
        public void CheckKeys(YamlMappingNode map, string[] allowed, string what)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!allowed.Contains(name))
                    throw Error(file, key.Start.Line, $"unknown {what} key '{name}' (known: {string.Join(", ", allowed)})");
            }
        }

        public YamlNode? Child(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        public string Scalar(YamlNode node, string key) =>
            (node as YamlScalarNode)?.Value ?? throw Error(file, node.Start.Line, $"{key}: expected a single value");

        public string? OptionalScalar(YamlMappingNode map, string key) => Child(map, key) is { } node ? Scalar(node, key) : null;

        public double Number(YamlNode node, string key, double min, double max)
        {
            var text = Scalar(node, key);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                throw Error(file, node.Start.Line, $"{key}: '{text}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return value;
        }

        public double? Alpha(YamlMappingNode map, string key)
        {
            if (Child(map, key) is not { } node) return null;
            var value = Number(node, key, 0, 1);
            if (value is <= 0 or >= 1) throw Error(file, node.Start.Line, $"{key}: α must lie strictly between 0 and 1");
            return value;
        }

        public bool? Flag(YamlMappingNode map, string key)
        {
            if (Child(map, key) is not { } node) return null;
            return Scalar(node, key) switch
            {
                "true" => true,
                "false" => false,
                var other => throw Error(file, node.Start.Line, $"{key}: '{other}' is not true or false"),
            };
        }

        public (int? Value, bool Set) OptionalCount(YamlMappingNode map, string key, int? fallback)
        {
            if (Child(map, key) is not { } node) return (fallback, false);
            var text = Scalar(node, key);
            if (text is "" or "null" or "~" or "none") return (null, true);
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                throw Error(file, node.Start.Line, $"{key}: '{text}' is not a whole number (or null for no limit)");
            return (value, true);
        }

        /// <summary>The metrics: entries and the token_increase shorthand of one mapping; a null rule means "off".</summary>
        public List<(string Name, MetricRule? Rule)> MetricRules(YamlMappingNode map, IReadOnlyDictionary<string, MetricRule> inherited, double alpha)
        {
            var rules = new List<(string, MetricRule?)>();
            if (Child(map, "token_increase") is { } tokens)
                rules.Add((TokenMetric, new MetricRule(TokenMetric, Number(tokens, "token_increase", 0, double.MaxValue), true, alpha)));
            if (Child(map, "metrics") is not { } node) return rules;
            if (node is not YamlMappingNode metrics) throw Error(file, node.Start.Line, "metrics: must map metric names to {max_drop, relative, alpha, log, mid_p}");
            foreach (var (keyNode, value) in metrics.Children)
            {
                // An alias is read as its metric (cons@8 as maj@8), so a rule names what summary.json and compare hold.
                var name = catalog.Canonical(Scalar(keyNode, "metric"));
                CheckMetric(name, keyNode.Start.Line);
                if (value is YamlScalarNode { Value: "off" }) { rules.Add((name, null)); continue; }
                if (value is not YamlMappingNode rule) throw Error(file, value.Start.Line, $"metrics.{name}: expected {{max_drop: …, relative: true|false, alpha: …}} or off");
                CheckKeys(rule, RuleKeys, $"metrics.{name}");
                var basis = inherited.GetValueOrDefault(name);
                var maxDrop = Child(rule, "max_drop") is { } drop ? Number(drop, $"metrics.{name}.max_drop", 0, double.MaxValue)
                    : basis?.MaxDrop ?? throw Error(file, rule.Start.Line, $"metrics.{name}: max_drop is required");
                var relative = basis?.Relative ?? false;
                if (Child(rule, "relative") is { } r)
                    relative = Scalar(r, "relative") switch
                    {
                        "true" => true,
                        "false" => false,
                        var other => throw Error(file, r.Start.Line, $"metrics.{name}.relative: '{other}' is not true or false"),
                    };
                rules.Add((name, new MetricRule(name, maxDrop, relative, Alpha(rule, "alpha") ?? alpha)
                {
                    Log = Flag(rule, "log") ?? basis?.Log ?? false,
                    MidP = Flag(rule, "mid_p") ?? basis?.MidP ?? false,
                }));
            }
            return rules;
        }

        private void CheckMetric(string name, long line)
        {
            // FAMILYmax (pass@max, pass^max) is the family's headline k in both runs; it is checked as the family at k = 1.
            var concrete = MetricRule.MaxFamily(name) is { } family
                ? catalog.Declarations.FirstOrDefault(d => d.Family == family)?.NameAt(1) ?? name
                : name;
            if (catalog.Find(concrete) is not { } descriptor)
                throw Error(file, line, $"metric '{name}' is not in the metric catalog{DidYouMean.Suggest(name, Gateable())}");
            if (descriptor.Direction == MetricDirection.Neutral)
                throw Error(file, line, $"metric '{name}' has no better direction, so it cannot regress");
            if (PairedMetrics.Find(concrete, catalog) is null)
                throw Error(file, line, $"metric '{name}' cannot be tested problem by problem (gateable: {string.Join(", ", Gateable())})");
        }

        /// <summary>The names a rule may gate: every declared metric with a direction and a per-problem form.</summary>
        private IEnumerable<string> Gateable() => catalog.Declarations
            .Where(d => d.Direction != MetricDirection.Neutral && catalog.Resolve(d.NameAt(d.IsAtK ? 1 : null))?.PerProblem is not null)
            .SelectMany(d => d.IsAtK ? new[] { d.Name.Replace("{k}", "k", StringComparison.Ordinal), d.MaxName! } : new[] { d.Name });
    }
}

using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Evaluate.Core.Plans;

/// <summary>
/// Reads a plan file. YAML and JSON both go through YamlDotNet (JSON is YAML), with snake_case keys
/// (<c>skip_missing_suites</c>, <c>max_tokens</c>). Unknown keys are errors that name the file, line and key.
/// </summary>
public static class RunPlanFile
{
    public static RunPlan Load(string path)
    {
        Files.TextFiles.RequireRegularFile(path, "plan file");
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .Build();
        try
        {
            using var reader = Files.TextFiles.OpenReader(path, path, "plan file");
            var dto = deserializer.Deserialize<PlanDto?>(reader) ?? new PlanDto();
            return dto.ToPlan();
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            throw new Problems.DatasetFormatException(path, (int)e.Start.Line, "(plan)", message);
        }
    }

    /// <summary>Mutable shape for the deserializer only; converted to the immutable plan at once.</summary>
    private sealed class PlanDto
    {
        public string? Name { get; set; }
        public List<string>? Models { get; set; }
        public List<string>? Suites { get; set; }
        public List<string>? Strategies { get; set; }
        public bool? SkipMissingSuites { get; set; }
        public string? Split { get; set; }
        public List<string>? Ids { get; set; }
        public List<string>? Levels { get; set; }
        public double? MinDifficulty { get; set; }
        public double? MaxDifficulty { get; set; }
        public int? Limit { get; set; }
        public long? Seed { get; set; }
        public int? Concurrency { get; set; }
        public int? MaxTokens { get; set; }
        public List<int>? K { get; set; }
        public long? MaxTokensPerProblem { get; set; }
        public int? MaxCallsPerProblem { get; set; }
        public int? N { get; set; }
        public double? Temperature { get; set; }
        public string? ModelName { get; set; }
        public string? BaseUrl { get; set; }
        public List<string>? BaseUrls { get; set; }
        public string? Reward { get; set; }
        public string? Tokenizer { get; set; }
        public string? StepAggregate { get; set; }
        public string? MaxErrors { get; set; }
        public string? Cache { get; set; }
        public double? ProblemTimeout { get; set; }
        public bool? AllowErrors { get; set; }
        public bool? RetryErrors { get; set; }

        public RunPlan ToPlan()
        {
            var plan = new RunPlan();
            return plan with
            {
                Name = Name ?? plan.Name,
                Models = Models ?? plan.Models,
                Suites = Suites ?? plan.Suites,
                Strategies = Strategies ?? plan.Strategies,
                SkipMissingSuites = SkipMissingSuites ?? plan.SkipMissingSuites,
                Split = Split, Ids = Ids, Levels = Levels, MinDifficulty = MinDifficulty, MaxDifficulty = MaxDifficulty, Limit = Limit,
                Seed = Seed ?? plan.Seed,
                Concurrency = Concurrency ?? plan.Concurrency,
                MaxTokens = MaxTokens ?? plan.MaxTokens,
                K = K, MaxTokensPerProblem = MaxTokensPerProblem, MaxCallsPerProblem = MaxCallsPerProblem,
                N = N, Temperature = Temperature, ModelName = ModelName, BaseUrl = BaseUrl, BaseUrls = BaseUrls, Reward = Reward,
                Tokenizer = Tokenizer ?? plan.Tokenizer,
                StepAggregate = StepAggregate ?? plan.StepAggregate,
                MaxErrors = MaxErrors, Cache = Cache, ProblemTimeout = ProblemTimeout, AllowErrors = AllowErrors ?? plan.AllowErrors, RetryErrors = RetryErrors ?? plan.RetryErrors,
            };
        }
    }
}

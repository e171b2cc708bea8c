using Evaluate.Core.Models;
using Evaluate.Core.Plans;

namespace Evaluate.Adapters.OpenAI;

/// <summary>
/// The openai adapter's plan keys (<c>model_name</c>, <c>base_url</c>, <c>base_urls</c>; flags <c>--model-name</c> and
/// <c>--base-url</c>, repeated for replicas). They are the adapter's settings, not the core plan's: the composition
/// root adds them to the run's plan keys and the adapter reads them from <see cref="RunPlan.Settings"/>. The manifest
/// records them (credentials stripped) where it always has.
/// </summary>
public static class OpenAiPlanKeys
{
    private const string SecretWarning = "--base-url carries what looks like a key in its query string; it is redacted from every result, but pass keys through an environment variable (openai:api_key_env=NAME) instead";

    public static readonly PlanKey<string?> ModelName = new("model_name", PlanTypes.OptionalText,
        "Model name sent to an OpenAI-compatible server", "--model-name");

    /// <summary>One endpoint. The flag repeated is several replicas: one value sets base_url, several base_urls.</summary>
    public static readonly PlanKey<string?> BaseUrl = new("base_url", PlanTypes.OptionalText,
        "Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1; repeat it for several replicas (least-outstanding balancing, failover)", "--base-url")
    {
        RepeatedFlag = true,
        FromFlag = (plan, text) => text.Items is { Count: > 1 } several
            ? BaseUrls!.Set(BaseUrl!.Set(plan, null), several)
            : BaseUrls!.Set(BaseUrl!.Set(plan, text.Items?[0] ?? text.Scalar), null),
        Recorded = url => url is null ? null : EndpointUrl.Safe(url),
        Warn = url => url is not null && EndpointUrl.HasQuerySecret(url) ? SecretWarning : null,
    };

    /// <summary>Several replicas of the model (<c>--base-url</c> repeated, <c>base_urls:</c>): requests are spread over them.</summary>
    public static readonly PlanKey<IReadOnlyList<string>?> BaseUrls = new("base_urls", PlanTypes.OptionalList,
        "Several replicas of the model: requests are spread over them", PlanKey.NoFlag)
    {
        OmitWhenUnset = true,
        Rule = urls => urls is not null && urls.Distinct().Count() != urls.Count ? $"names an endpoint twice ({string.Join(", ", urls)})" : null,
        Across = plan => BaseUrl!.Get(plan) is not null && BaseUrls!.Get(plan) is not null ? "and base_url are both set: list every replica under base_urls" : null,
        Recorded = urls => urls?.Select(EndpointUrl.Safe).ToList(),
        Warn = urls => urls?.Any(EndpointUrl.HasQuerySecret) == true ? SecretWarning : null,
    };

    /// <summary>The keys in manifest order (model_name, base_url, base_urls).</summary>
    public static IReadOnlyList<PlanKey> All => [ModelName, BaseUrl, BaseUrls];
}

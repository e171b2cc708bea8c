using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evaluate.Core.Plans;

/// <summary>
/// The plan as the manifest (and so summary.json) records it: the core keys that change results, in declaration
/// order, with the components' settings after <see cref="PlanKeys.ComponentSettingsFollow"/> as they stand. Reading
/// keeps keys the core does not know as JSON values, so a manifest read and written again keeps its bytes.
/// </summary>
public sealed class RunPlanJson : JsonConverter<RunPlan>
{
    public override RunPlan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a plan must be an object");
        var plan = new RunPlan();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            var key = PlanKeys.All.FirstOrDefault(k => k.Name == name);
            plan = key is not null
                ? key.ReadJson(plan, ref reader, options)
                : plan with { Settings = plan.Settings.With(name, JsonElement.ParseValue(ref reader)) };
        }
        return plan;
    }

    public override void Write(Utf8JsonWriter writer, RunPlan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var key in PlanKeys.All.Where(k => k.InManifest))
        {
            if (key.OmitWhenUnset && !key.IsSet(value)) continue;
            writer.WritePropertyName(key.Name);
            key.WriteJson(writer, value, options);
            if (key != PlanKeys.ComponentSettingsFollow) continue;
            foreach (var (name, setting) in value.Settings.Values)
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, setting, setting?.GetType() ?? typeof(object), options);
            }
        }
        writer.WriteEndObject();
    }
}

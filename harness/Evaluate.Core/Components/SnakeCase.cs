using System.Text;

namespace Evaluate.Core.Components;

/// <summary>Parameter and choice names as specs write them: <c>ValueSamples</c> → <c>value_samples</c>.</summary>
internal static class SnakeCase
{
    public static string Of(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}

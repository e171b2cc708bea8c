using System.Text.RegularExpressions;

namespace Evaluate.Adapters.Onnx.Tokenization;

/// <summary>The <c>pattern</c> of Split and Replace steps: <c>{"String": ...}</c> (matched literally) or
/// <c>{"Regex": ...}</c> (Oniguruma syntax in Hugging Face; the published patterns read the same in .NET).</summary>
internal static class TokenizerPattern
{
    public static Regex Read(JsonSection owner, string key = "pattern")
    {
        var pattern = owner.RequiredSection(key).Allow("String", "Regex");
        var literal = pattern.String("String");
        var regex = pattern.String("Regex");
        if ((literal is null) == (regex is null)) throw owner.Refuse(key, "must hold exactly one of String or Regex");
        try
        {
            return new Regex(literal is null ? regex! : Regex.Escape(literal), RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new TokenizerFieldException(pattern.Field("Regex"), $"is not a regular expression .NET reads: {e.Message}");
        }
    }
}

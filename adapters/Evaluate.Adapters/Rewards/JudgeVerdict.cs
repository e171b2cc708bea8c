using System.Globalization;
using System.Text.RegularExpressions;
using Evaluate.Core.Models;

namespace Evaluate.Adapters.Rewards;

/// <summary>
/// Reads a judge model's answer as a score in [0, 1]. Preferred: the first token's logprobs of "yes" and "no"
/// (P(yes) renormalised over the two). Else a rating "N/10" or "rating: N" (1-10) maps to (N-1)/9; else a leading
/// yes → 1 or no → 0; else 0.5 (the judge said nothing usable).
/// </summary>
public static partial class JudgeVerdict
{
    public static double Score(Completion completion)
    {
        if (FromLogprobs(completion.Logprobs) is { } p) return p;
        var text = completion.Text.Trim();
        var rating = RatingPattern().Match(text);
        var digits = rating.Groups[1].Success ? rating.Groups[1].Value : rating.Groups[2].Value;
        if (rating.Success && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 10)
            return (r - 1) / 9.0;
        var word = YesNoPattern().Match(text);
        if (word.Success) return word.Groups[1].Value.Equals("yes", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return 0.5;
    }

    private static double? FromLogprobs(IReadOnlyList<TokenLogprob>? logprobs)
    {
        if (logprobs is not { Count: > 0 }) return null;
        var first = logprobs[0];
        double? yes = null, no = null;
        foreach (var (token, logprob) in first.TopAlternatives.Prepend((first.Token, first.Logprob)))
        {
            var t = token.Trim().ToLowerInvariant();
            if (t == "yes") yes = Math.Max(yes ?? double.NegativeInfinity, logprob);
            if (t == "no") no = Math.Max(no ?? double.NegativeInfinity, logprob);
        }
        if (yes is null && no is null) return null;
        var py = yes is { } y ? Math.Exp(y) : 0;
        var pn = no is { } n ? Math.Exp(n) : 0;
        return py + pn == 0 ? null : py / (py + pn);
    }

    [GeneratedRegex(@"(?:rating\s*[:=]?\s*(\d{1,2})\b|\b(\d{1,2})\s*/\s*10\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RatingPattern();

    [GeneratedRegex(@"^\W*(yes|no)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoPattern();
}

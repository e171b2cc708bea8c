namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 10 (issue 21): decimal commas ("1,22" for 1.22) read where nothing else can be meant, under the
/// default <c>decimal_comma=auto</c>; rows marked "Sn"/"Fn" grade with <c>decimal_comma=never</c>.</summary>
internal static class DecimalCommaCases
{
    public static GradingFamily Family { get; } = new("10 decimal comma", Equivalent, NearMisses);

    private const string Equivalent = """
S¦1.22¦1,22
S¦1.22¦\boxed{1,22}
S¦1.22¦The answer is $1,22$.
S¦1.22¦Die Antwort ist: $\boxed{1,22}$
S¦0.5¦0,5
S¦\frac{1}{2}¦\boxed{0,5}
S¦\frac{1}{4}¦So the probability is $0,25$.
S¦-2.5¦\boxed{-2,5}
S¦2.5¦x = 2,5
S¦1.5¦1,5
S¦1.5¦1,50
S¦3.15¦3,15
S¦3.14159¦\boxed{3,14159}
S¦12.5¦\boxed{12,5 \text{ cm}}
S¦12.5¦12,5 cm
S¦0.75¦\boxed{0,75}
S¦0.125¦0,1250
S¦1234.5¦1234,5
S¦12.5\%¦12,5\%
S¦0.125¦12,5\%
S¦2.75¦So the result is $2,75$.
S¦6.02¦Daher ist das Ergebnis \boxed{6,02}.
F¦4.8¦Also beträgt die Geschwindigkeit 4,8 m/s
S¦\sqrt{2}¦\boxed{1,4142}
S¦\sqrt{2}¦\boxed{1,41}
S¦1, 22¦1,22
S¦1.22¦1{,}22
S¦3.15¦3,15 €
S¦1220¦1,220
S¦10455¦10,455
S¦1.05¦Réponse : $1,05$
""";

    private const string NearMisses = """
// decimal_comma=never: a bare comma is a list comma or a thousands separator, as before.
Sn¦1.22¦1,22
Sn¦0.5¦0,5
Sn¦1.5¦1,5
Sn¦3.15¦\boxed{3,15}
// Three digits after the comma: a thousands separator, never a decimal.
S¦1.22¦1,220
S¦1.225¦1,225
S¦0.125¦0,125
// Lists and structures: a space after the comma, several commas, brackets, or a gold that is a list.
S¦1.22¦1, 22
S¦1.5¦1,5,7
S¦1.5¦(1,5)
S¦1.5¦[1,5]
S¦1.5¦\{1,5\}
S¦1, 22¦1.22
S¦(1, 5)¦1,5
S¦1.5¦f(1,5)
S¦1.5¦x = 1,5 \text{ or } 6
// Wrong digits or magnitudes.
S¦1.22¦1,23
S¦1.22¦12,2
S¦1.22¦0,122
S¦0.5¦0,05
S¦0.5¦0,6
S¦\frac{1}{2}¦\boxed{0,55}
S¦-2.5¦\boxed{2,5}
S¦12.5¦\boxed{1,25 \text{ cm}}
S¦3.14159¦\boxed{3,1416}
S¦\sqrt{2}¦\boxed{1,4}
S¦\sqrt{2}¦\boxed{1,414}
S¦12.5\%¦1,25\%
S¦2.75¦So the result is $2,57$.
S¦1234.5¦1234,6
// A decimal point and a decimal comma in one number is no reading at all.
S¦1.5¦1.000,5
S¦1.225¦1,22.5
""";
}

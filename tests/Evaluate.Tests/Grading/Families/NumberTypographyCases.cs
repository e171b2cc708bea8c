namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 4: how numbers are typeset: LaTeX thousands separators, currency, percent, decimal commas,
/// degrees, fraction and root shorthands, and LaTeX double-escaped by JSON.</summary>
internal static class NumberTypographyCases
{
    public static GradingFamily Family { get; } = new("4 number typography", Equivalent, NearMisses);

    private const string Equivalent = """
S¦23508¦23{,}508
S¦23{,}508¦23508
S¦1000¦1{,}000
S¦2048576¦2,\!048,\!576
S¦1000¦1\,000
S¦1000000¦1\,000\,000
S¦12345¦12\,345
S¦-1500¦-1\,500
S¦5000¦5\,000 \text{ meters}
S¦1000¦1 000
S¦1000¦1 000
S¦25¦\$25
S¦25¦25 dollars
S¦25¦\$25.00
S¦18.90¦\$18.90
S¦500¦\$500 USD
S¦1¦100\%
S¦0.25¦25\%
S¦1¦100 \%
S¦3.15¦3,15 €
S¦3.15¦€3,15
S¦3.15¦3,15 euros
S¦3.15¦3{,}15
S¦2.5¦2{,}5
S¦30¦30°
S¦30¦30^\circ
S¦30¦30^{\circ}
S¦30¦30 degrees
S¦\frac{1}{2}¦\dfrac{1}{2}
S¦\frac{1}{2}¦\tfrac12
S¦\frac{1}{2}¦\frac12
S¦\sqrt{2}¦\sqrt2
S¦2\sqrt{2}¦2\sqrt2
S¦\sqrt[3]{2}¦2^{1/3}
S¦\sqrt[3]{x}¦x^{\frac{1}{3}}
S¦\frac{1}{2}¦\\frac{1}{2}
S¦\frac{\sqrt{3}}{2}¦\\dfrac{\\sqrt{3}}{2}
S¦\frac{1}{2}¦The answer is \\boxed{\\frac{1}{2}}.
S¦(1, 2)¦\\left(1, 2\\right)
S¦\pi¦\\pi
S¦\frac{3}{2}¦1\frac{1}{2}
S¦0.5¦.5
""";

    private const string NearMisses = """
Sn¦1.5¦1,5
S¦1¦1,000
S¦1,000¦1
Sn¦1.5¦1,50
Sn¦3.15¦3,15
S¦3.15¦3,150 €
S¦315¦3,15 €
S¦23508¦23{,}58
S¦23508¦23{,}5080
S¦2048576¦2,\!048,\!567
S¦1000¦1\,001
S¦1000¦100\,0
S¦1000¦1 0000
S¦1000000¦1\,000
S¦25¦\$2.5
S¦25¦\$250
S¦1¦10\%
S¦0.25¦2.5\%
S¦100¦1\%
S¦30¦60^\circ
S¦30¦30^\circ \text{ and } 60^\circ
S¦\frac{\pi}{6}¦30^\circ
S¦\frac{1}{3}¦0.3
S¦\frac{1}{3}¦0.33
S¦\frac{1}{2}¦\dfrac{1}{3}
S¦\frac{1}{2}¦\frac21
S¦\sqrt{2}¦\sqrt3
S¦2\sqrt{2}¦\sqrt{22}
S¦\sqrt[3]{2}¦\sqrt{2}
S¦\sqrt[3]{x}¦\sqrt{x}
S¦\frac{1}{2}¦\\frac{2}{1}
S¦\frac{\sqrt{3}}{2}¦\\frac{\\sqrt{2}}{2}
S¦\frac{3}{2}¦1\frac{1}{3}
S¦1\frac{1}{2}¦\frac{1}{2}
S¦-1500¦1\,500
S¦0.5¦.05
S¦5¦\$5.01
S¦3.15¦3.15 \times 100
S¦0.5¦5\%
S¦1200¦1,2
S¦12345¦12\,354
S¦1000¦1\,000.5
""";
}

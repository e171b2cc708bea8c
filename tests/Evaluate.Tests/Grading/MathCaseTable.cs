namespace Evaluate.Tests.Grading;

/// <summary>
/// Hand-labelled grading cases for <see cref="Evaluate.Suites.Grading.MathAnswerChecker"/> (strict mode):
/// "Y¦gold¦response" must be graded correct, "N¦gold¦response" incorrect. "//" starts a comment line; "⏎" stands for a line break.
/// </summary>
internal static class MathCaseTable
{
    public const string Text = """
// ---- extraction ----
Y¦5¦The answer is \boxed{5}.
Y¦5¦We get $\boxed{5}$
Y¦\frac{1}{2}¦So \boxed{\frac{1}{2}} is the probability.
Y¦\{1,2\}¦The set is \boxed{\{1,2\}}.
Y¦5¦Thus \boxed 5
Y¦5¦Thus \fbox{5}
Y¦\frac{\sqrt{3}}{2}¦Hence $\boxed{\frac{\sqrt{3}}{2}}$.
Y¦10¦First I thought \boxed{3}. But wait, that is wrong. Actually the answer is \boxed{10}
N¦3¦First I thought \boxed{3}. But wait, that is wrong. Actually the answer is \boxed{10}
Y¦2, 3¦The roots are \boxed{2} and \boxed{3}.
Y¦2, 3¦The roots are $\boxed{2}$, $\boxed{3}$
N¦2¦The roots are \boxed{2} and \boxed{3}.
Y¦7¦<think>maybe it is \boxed{3}</think> The answer is \boxed{7}
N¦3¦<think>maybe it is \boxed{3}</think> The answer is \boxed{7}
N¦3¦<think>I believe the answer is \boxed{3}
Y¦42¦Final answer: 42
Y¦42¦The final answer is $42$. I hope it is correct.
Y¦42¦Answer: 42
Y¦42¦**Answer:** 42
Y¦42¦Computation done.⏎#### 42
Y¦\frac{3}{4}¦\(\frac{3}{4}\)
Y¦\frac{3}{4}¦\[\frac34\]
Y¦\frac{3}{4}¦$\dfrac{3}{4}$
Y¦(1,2)¦**Answer:** $(1,2)$
N¦42¦I computed several things: first 3 and then 41, and finally 42
N¦5¦There is no boxed answer in this reasoning at all, sorry
Y¦\text{(B)}¦The correct option is \boxed{\text{(B)}}.
Y¦18¦Therefore the answer is $\boxed{18}$ dollars.
Y¦\frac{1}{4}¦The final answer is \frac{1}{4}.
N¦\frac{1}{4}¦The final answer is \frac{1}{5}.
// ---- integers, decimals, separators, scientific notation ----
Y¦0.5¦\frac12
Y¦\frac12¦1/2
Y¦2¦2.0
Y¦2¦2.000
N¦2¦2.01
Y¦1000¦1,000
Y¦10080¦10,\!080
Y¦10,\!080¦10080
Y¦11,\! 111,\! 111,\! 100¦11111111100
Y¦1234567¦1,234,567
N¦1234¦1,235
Y¦58,500¦58500
N¦58,500¦585
Y¦-3¦-3.0
N¦-3¦3
Y¦1.5e3¦1500
Y¦1500¦1.5 \times 10^3
Y¦0.0000672¦6.72 \times 10^{-5}
Y¦.0000672¦0.0000672
Y¦.35625¦0.35625
N¦.35625¦0.356
Y¦326.5¦326.50
N¦326.5¦326
Y¦26000¦2.6 \cdot 10^4
Y¦27648¦27,648
Y¦13535¦13535
N¦13535¦13553
Y¦0¦-0
N¦1¦0.999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
// ---- decimal vs exact (rounding rule, >= 3 significant digits) ----
Y¦\frac{1}{3}¦0.333
N¦\frac{1}{3}¦0.33
Y¦\frac{2}{3}¦0.667
N¦\frac{2}{3}¦0.666
Y¦2\sqrt{5}¦4.472
Y¦2\sqrt{5}¦4.47
N¦2\sqrt{5}¦4.48
Y¦\pi¦3.14159
N¦\pi¦3.15
Y¦\frac{17}{50}¦0.34
Y¦\dfrac{33}{100}¦0.33
Y¦\frac{9}{256}¦0.03515625
N¦\frac{9}{256}¦0.035
Y¦\frac{243}{625}¦0.3888
Y¦\frac{3840}{289}¦13.287
N¦\frac{3840}{289}¦13.28
Y¦\frac{448}{15625}¦0.028672
// ---- percent ----
Y¦28\%¦28
Y¦28¦28\%
Y¦28\%¦0.28
N¦28\%¦0.29
Y¦50\%¦\frac{1}{2}
N¦50\%¦51
Y¦12.5\%¦12.5
// ---- mixed numbers ----
Y¦2\frac{1}{2}¦\frac52
Y¦2\frac{1}{2}¦2.5
N¦2\frac{1}{2}¦1
Y¦137 \frac{1}{2}¦137.5
N¦137 \frac{1}{2}¦68.5
Y¦1\frac{4}{5}¦\frac{9}{5}
Y¦-2\frac{1}{4}¦-\frac{9}{4}
// ---- currency, units, degrees ----
Y¦\$18.90¦18.9
Y¦\$32,\!348¦32348
Y¦\$18.90¦\$18.90
N¦\$18.90¦18.09
Y¦5.4 \text{ cents}¦5.4
N¦5.4 \text{ cents}¦54
Y¦15\mbox{ cm}^2¦15
Y¦15\mbox{ cm}^2¦15 \text{cm}^2
Y¦864 \mbox{ inches}^2¦864
Y¦\frac{270}7\text{ degrees}¦\frac{270}{7}
N¦\frac{270}7\text{ degrees}¦\frac{7}{270}
Y¦30^\circ¦30
Y¦120^\circ¦120^{\circ}
N¦30^\circ¦60
Y¦106^\circ¦106
Y¦36^\circ¦36 degrees
Y¦5¦5 cm
N¦5¦6 cm
// ---- bases ----
Y¦204_5¦204
Y¦204_5¦204_{5}
N¦204_5¦54
N¦204_5¦205_5
Y¦4210_{5}¦4210_5
Y¦2516_8¦2516_8
N¦2516_8¦2516_9
Y¦4343_6¦4343
// ---- radicals, powers, factorials ----
Y¦11\sqrt2¦11\sqrt{2}
Y¦\sqrt{8}¦2\sqrt{2}
N¦\sqrt{8}¦2\sqrt{3}
Y¦\frac{\sqrt{3}}{3}¦\frac{1}{\sqrt{3}}
Y¦3\sqrt{13}¦\sqrt{117}
N¦3\sqrt{13}¦\sqrt{39}
Y¦\sqrt[3]{8}¦2
Y¦\sqrt[3]{-8}¦-2
Y¦2^{10}¦1024
N¦2^{10}¦1000
Y¦10!¦3628800
Y¦\binom{5}{2}¦10
Y¦\dbinom{10}{3}¦120
Y¦\frac{\sqrt{21}}{5}¦\sqrt{21}/5
Y¦2\sqrt{113}¦\sqrt{452}
Y¦11 \sqrt{5} + 11¦11(\sqrt5+1)
N¦11 \sqrt{5} + 11¦11\sqrt5 - 11
Y¦1+2\sqrt{3}¦2\sqrt3+1
Y¦70 \sqrt{2}¦\sqrt{9800}
Y¦x^{-1}¦\frac{1}{x}
// ---- constants, complex numbers, functions ----
Y¦e^{i\pi}¦-1
Y¦-2 + 7i¦7i - 2
N¦-2 + 7i¦-2 - 7i
Y¦1 - 12i¦1-12i
Y¦6 - 5i¦6-5\mathrm{i}
Y¦1+274i¦274i+1
Y¦i^2¦-1
Y¦\infty¦\infty
N¦\infty¦-\infty
Y¦12\pi¦12 \pi
Y¦18+2\pi¦2\pi+18
N¦18+2\pi¦18+\pi
Y¦\frac{20000}{\pi}¦20000/\pi
N¦288\pi¦288
Y¦8 \pi¦8\pi
Y¦-\frac{\pi}{6}¦-\pi/6
N¦-\frac{\pi}{6}¦\frac{\pi}{6}
Y¦\ln 8¦3\ln 2
Y¦\log_2 8¦3
Y¦e^2¦\exp(2)
Y¦\sin^2 x + \cos^2 x¦1
Y¦\cot x¦\frac{\cos x}{\sin x}
N¦\cot x¦\tan x
Y¦\tan(\pi/4)¦1
Y¦\sin\frac{\pi}{6}¦\frac12
N¦\cos 0¦0
// Degree marks are dropped, so 90^\circ is the number 90, not \pi/2 (documented limit).
N¦\frac{\pi}{2}¦90^\circ
// ---- expressions ----
Y¦x^3+3x-6¦3x + x^3 - 6
N¦x^3+3x-6¦x^3+3x+6
Y¦(a+5)(b+2)¦ab+2a+5b+10
N¦(a+5)(b+2)¦(a+2)(b+5)
Y¦6r^2-4r-24¦2(3r^2-2r-12)
N¦6r^2-4r-24¦6r^2-4r+24
Y¦8n^2 + 4n + 1¦4n + 8n^2 + 1
Y¦p - q¦-q + p
N¦p - q¦q - p
Y¦-13x+3¦3-13x
Y¦15x - 80¦5(3x-16)
Y¦\frac{11+9a}{20}¦\frac{9a+11}{20}
N¦\frac{11+9a}{20}¦\frac{11+9a}{21}
Y¦x^5 - x^4 + x^3 - x^2 + x - 1¦(x-1)(x^4+x^2+1)
Y¦x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1¦\frac{x^9-1}{x-1}
Y¦\frac{x^2-1}{x-1}¦x+1
Y¦2x¦x+x
Y¦x\cdot y¦xy
Y¦2 \times 3¦6
Y¦6 \div 2¦3
Y¦\left( x+1 \right)^2¦x^2+2x+1
N¦(x+1)^2¦x^2+1
Y¦\sqrt{x^2}¦|x|
N¦\sqrt{x^2}¦x
Y¦\frac{a}{b}¦a/b
N¦\frac{a}{b}¦b/a
Y¦\alpha+\beta¦\beta+\alpha
N¦\alpha+\beta¦\alpha-\beta
Y¦x_1 + x_2¦x_2+x_1
N¦x_1 + x_2¦x_1 + x_3
Y¦2^{x+1}¦2 \cdot 2^x
N¦2^{x+1}¦2^x + 1
Y¦\frac{1}{x}+\frac{1}{y}¦\frac{x+y}{xy}
N¦\frac{1}{x}+\frac{1}{y}¦\frac{1}{x+y}
// ---- equations and inequalities ----
Y¦x = 3¦3
Y¦3¦x=3
Y¦k = \frac{1}{2}¦0.5
N¦x = 3¦4
Y¦y = 2x + 3¦2x+3
Y¦y = 2x + 3¦y=3+2x
Y¦y = -2x¦y=-2x
Y¦y = -2x¦2x + y = 0
N¦y = -2x¦y = 2x
Y¦5x - 7y + 11z + 4 = 0¦-5x + 7y - 11z - 4 = 0
Y¦5x - 7y + 11z + 4 = 0¦10x - 14y + 22z + 8 = 0
N¦5x - 7y + 11z + 4 = 0¦5x - 7y + 11z - 4 = 0
Y¦x \le 2¦-x \ge -2
Y¦x \le 2¦2 \ge x
N¦x \le 2¦x \ge 2
N¦x \le 2¦x < 2
Y¦x > 1¦1 < x
N¦x > 1¦-x > -1
Y¦x^2 + y^2 = 1¦y^2 + x^2 = 1
N¦x^2 + y^2 = 1¦x^2 + y^2 = 2
Y¦-2 \le x \le 7¦[-2, 7]
Y¦x \in [-2,7]¦[-2,7]
N¦x \in [-2,7]¦(-2,7)
Y¦x \in (2,12)\cup(12,102)¦(2,12)\cup(12,102)
// ---- intervals ----
Y¦(-\infty, 0]¦(-\infty,0]
N¦(-\infty, 0]¦(-\infty,0)
Y¦(3,4]¦\left(3,4\right]
N¦(3,4]¦[3,4]
Y¦(2,12) \cup (12,102)¦(12,102) \cup (2,12)
N¦(2,12) \cup (12,102)¦(2,102)
N¦(2,12) \cup (12,102)¦(2,12) \cup (12,103)
Y¦(0,9) \cup (9,36)¦(0,9)\cup(9,36)
Y¦(-\infty, 2) \cup (3, \infty)¦(-\infty,2)\cup(3,\infty)
N¦(-\infty, 2) \cup (3, \infty)¦(-\infty,2]\cup[3,\infty)
Y¦\left(\frac{3}{5},\frac{8}{3}\right]¦(0.6, 8/3]
Y¦\left[ \frac{\pi^2}{8}, \frac{5 \pi^2}{4} \right]¦[\pi^2/8, 5\pi^2/4]
N¦(5,\infty)¦[5,\infty)
Y¦(2,\infty)¦(2, \infty)
Y¦(-\sqrt{3}, \sqrt{3})¦(-\sqrt3,\sqrt3)
Y¦[1, 2)¦1 \le x < 2
// ---- tuples, points ----
Y¦(1,-16,-4,43)¦(1, -16, -4, 43)
N¦(1,-16,-4,43)¦(1, -16, 43, -4)
Y¦\left( 3, \frac{\pi}{2} \right)¦(3, \pi/2)
N¦(3, \frac{\pi}{2})¦(\frac{\pi}{2}, 3)
Y¦(15,-29)¦(15, -29)
Y¦\left( \frac{3}{2}, -13 \right)¦(1.5,-13)
Y¦(6,31,-1)¦(6, 31, -1)
N¦(6,31,-1)¦(6, 31)
Y¦(8,-2)¦\left(8, -2\right)
Y¦(-1,6)¦(-1, 6)
N¦(-1,6)¦(1, 6)
// ---- matrices, vectors ----
Y¦\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}¦\begin{bmatrix} -1 & 0 \\ 0 & -1 \end{bmatrix}
N¦\begin{pmatrix} -1 & 0 \\ 0 & -1 \end{pmatrix}¦\begin{pmatrix} 1 & 0 \\ 0 & -1 \end{pmatrix}
N¦\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}¦\begin{pmatrix} 1 & 3 \\ 2 & 4 \end{pmatrix}
Y¦\begin{pmatrix} -1/3 \\ 2/3 \\ 5/3 \end{pmatrix}¦\begin{pmatrix} -\frac13 \\ \frac23 \\ \frac53 \end{pmatrix}
Y¦\begin{pmatrix} -18 \\ -49 \\ 96 \end{pmatrix}¦(-18,-49,96)
N¦\begin{pmatrix} -18 \\ -49 \\ 96 \end{pmatrix}¦(-18,49,96)
Y¦\begin{pmatrix} 1/5 \\ -18/5 \end{pmatrix}¦\begin{pmatrix} 0.2 \\ -3.6 \end{pmatrix}
Y¦\begin{pmatrix} 16/49 \\ 48/49 \\ 24/49 \end{pmatrix}¦(16/49, 48/49, 24/49)
Y¦\begin{pmatrix} -2 \\ -14 \\ -7 \end{pmatrix}¦\begin{pmatrix}-2\\-14\\-7\end{pmatrix}
// ---- sets, lists, plus-minus ----
Y¦3, 5, 7¦7, 5, 3
Y¦3, 5, 7¦3,5,7
N¦3, 5, 7¦3, 5
N¦3, 5, 7¦3, 5, 8
Y¦\{1\pm\sqrt{5},-2\}¦-2, 1+\sqrt5, 1-\sqrt5
N¦\{1\pm\sqrt{5},-2\}¦2, 1+\sqrt5, 1-\sqrt5
Y¦1 \pm \sqrt{19}¦1+\sqrt{19}, 1-\sqrt{19}
N¦1 \pm \sqrt{19}¦1+\sqrt{19}
Y¦3 \pm 2 \sqrt{2}¦3 - 2\sqrt2, 3 + 2\sqrt 2
Y¦\{1, 2\}¦\{2, 1\}
N¦\{1, 2\}¦\{1, 3\}
Y¦\frac{-1 \pm \sqrt{5}}{2}¦\frac{-1+\sqrt5}{2}, \frac{-1-\sqrt5}{2}
Y¦1, 2¦\{1,2\}
Y¦1, 2¦x = 1, x = 2
Y¦-2, 1¦1 and -2
Y¦\pm 3¦3, -3
N¦\pm 3¦3
// ---- multiple choice, text ----
Y¦\text{(B)}¦B
Y¦\text{(B)}¦(B)
Y¦\text{(C)}¦\textbf{(C)}
N¦\text{(C)}¦D
N¦\text{(E)}¦(A)
Y¦C¦\text{(C)}
Y¦\text{(E)}¦\text{E}
Y¦\text{Evelyn}¦Evelyn
Y¦\text{Evelyn}¦\text{evelyn}
N¦\text{Evelyn}¦Navin
Y¦\text{east}¦East
N¦\text{east}¦west
Y¦\text{ellipse}¦\text{Ellipse}
N¦\text{ellipse}¦\text{parabola}
N¦\text{even}¦\text{odd}
Y¦\text{Navin}¦\text{Navin}
// ---- more near misses (must be rejected) ----
N¦\frac{1}{2}¦\frac{1}{3}
N¦\frac{3}{8}¦-\frac{3}{8}
N¦-\frac{24}{25}¦\frac{24}{25}
N¦-\frac{35}{9}¦-\frac{9}{35}
N¦\frac{13}{15}¦\frac{13}{16}
N¦\frac{10}{11}¦0.91
N¦\frac{1997}{2}¦998
N¦\frac{2}{1005}¦\frac{1}{1005}
N¦\frac{639}{40}¦15.97
N¦\sqrt{51}¦\sqrt{15}
N¦\sqrt{53}¦7.29
Y¦\sqrt{53}¦7.28
N¦\sqrt{66}¦8.13
N¦6\sqrt{2}¦2\sqrt{6}
N¦16 \sqrt{3}¦16\sqrt{2}
N¦2 \sqrt{5}¦5\sqrt{2}
N¦8n^2 + 4n + 1¦8n^2 + 4n
N¦-13x+3¦-13x-3
N¦15x - 80¦15x + 80
N¦x^8 + x^7 + x^6 + x^5 + x^4 + x^3 + x^2 + x + 1¦x^8 + 1
N¦(a+5)(b+2)¦ab+10
N¦y = 2x + 3¦y = 3x + 2
N¦y = 2x + 3¦2x - 3
N¦(15,-29)¦(-29,15)
N¦(8,-2)¦(8,2)
N¦(1,-16,-4,43)¦(1,-16,-4,42)
N¦(0,9) \cup (9,36)¦(0,36)
N¦(3,4]¦(3,4)
N¦(-\infty, 0]¦[0, \infty)
N¦\left[ \frac{\pi^2}{8}, \frac{5 \pi^2}{4} \right]¦\left[ \frac{\pi^2}{8}, \frac{5 \pi^2}{2} \right]
N¦3 \pm 2 \sqrt{2}¦3 + 2\sqrt2
N¦\{1\pm\sqrt{5},-2\}¦\{1+\sqrt{5},-2\}
N¦\text{(B)}¦C
N¦\text{Navin}¦\text{Evelyn}
N¦1 - 12i¦1 + 12i
N¦6 - 5i¦6 - 5
N¦12\pi¦12
N¦\frac{20000}{\pi}¦20000\pi
N¦\cot x¦\cos x
N¦p - q¦p + q
N¦10080¦1008
N¦27648¦27684
N¦26000¦2600
N¦2\frac{1}{2}¦2.4
N¦1\frac{4}{5}¦\frac{4}{5}
N¦\$18.90¦19
N¦120^\circ¦60^\circ
N¦4210_{5}¦4210_6
N¦\begin{pmatrix} 1/5 \\ -18/5 \end{pmatrix}¦\begin{pmatrix} 1/5 \\ 18/5 \end{pmatrix}
N¦x \le 2¦x \le -2
N¦5¦\text{five}
// ---- one-variable inequalities as intervals, prose answers ----
Y¦x \ge 0¦[0, \infty)
Y¦(0,\infty)¦x>0
Y¦(-\infty, 5]¦x \le 5
N¦(-\infty, 5]¦x < 5
N¦x \ge 0¦(0, \infty)
Y¦\text{no solution}¦No solution
N¦\text{no solution}¦one solution
""";
}

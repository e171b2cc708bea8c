namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 1: final answers stated without \boxed{} (answer cues, headings, display math, concluding sentences).</summary>
internal static class AnswersOutsideBoxCases
{
    public static GradingFamily Family { get; } = new("1 answers outside \\boxed", Equivalent, NearMisses);

    private const string Equivalent = """
S¦17¦Final Answer: The final answer is 17. I hope it is correct.
S¦17¦Final Answer: The final answer is $17$. I hope it is correct.
S¦17¦We check all cases up to 16.⏎The smallest $k$ is 17.
S¦17¦Hence the smallest $k$ is $17$.
S¦7¦**Answer:** 7
S¦7¦**Answer: 7**
S¦7¦Answer : 7
S¦12¦Answer: \[ 12 \]
S¦12¦Answer \( (6+6) \)
S¦12¦ANSWER: $12$
S¦\frac{3}{4}¦So the answer is:⏎$$⏎\frac{3}{4}⏎$$
S¦\frac{3}{4}¦**Final Answer**⏎\[⏎\frac{3}{4}⏎\]
S¦\frac{3}{4}¦### Final Answer⏎$\frac{3}{4}$
S¦2\sqrt{5}¦Therefore, the final answer is:⏎\[⏎2\sqrt{5}⏎\]
S¦(1, 2)¦### Final Answer⏎The point is $(1, 2)$.
S¦x^2+1¦The answer is $x^2+1$.
S¦-4¦Putting it together,⏎$$x = -4$$
S¦9¦Thus the total number of ways is **9**.
S¦5¦**Final answer:** $5$
S¦5¦Final Answer: $\displaystyle 5$
S¦24¦The final answer is \( 24 \).
S¦\frac{1}{2}¦Therefore the probability is $\frac{1}{2}$.
S¦\frac{1}{2}¦Therefore, the probability equals \(\frac{1}{2}\).
S¦3¦The answer is: $3$.
S¦3¦**Answer**: $3$
S¦8¦The answer is therefore $8$.
S¦16¦The answer is 16 and we verified it with 15 examples.
S¦12¦The answer is: there are 12 ways.
S¦2\sqrt{5}¦The answer is $2\sqrt{5}$ inches, as computed above.
S¦\frac{1}{2}¦The answer is $\frac{1}{2}$ of the total.
S¦2, 3¦The answers are $2$ and $3$.
S¦42¦Answer: 42 apples
S¦100¦So we get a total of 100.⏎⏎The answer is 100 because every pair is counted once.
S¦6¦The answer is 5? No wait, let me recount.⏎The answer is 6.
S¦31¦Checking again, everything is consistent, so the value is 31.
S¦(3, -1)¦Therefore the solution is $(x, y) = (3, -1)$.
F¦15¦After all the steps the count comes out as 15 in the end.
F¦14¦Therefore the total is 14, not 15 as first thought.
F¦16¦The answer is 16 and we verified it with 15 examples.
F¦7¦Thus we get 7 marbles for 3 children.
F¦20¦Hmm, so the result is 20 after adding 4 more.
""";

    private const string NearMisses = """
S¦17¦Final Answer: The final answer is 71. I hope it is correct.
S¦17¦We check all cases up to 16.⏎The smallest $k$ is 18.
S¦17¦The smallest $k$ is 17 or 18.
S¦7¦**Answer:** 8
S¦7¦**Answer: -7**
S¦12¦Answer: \[ 13 \]
S¦12¦Answer \( (6+7) \)
S¦\frac{3}{4}¦So the answer is:⏎$$⏎\frac{4}{3}⏎$$
S¦\frac{3}{4}¦**Final Answer**⏎\[⏎0.75 + 1⏎\]
S¦2\sqrt{5}¦Therefore, the final answer is:⏎\[⏎2\sqrt{3}⏎\]
S¦(1, 2)¦### Final Answer⏎The point is $(2, 1)$.
S¦x^2+1¦The answer is $x^2-1$.
S¦4¦Putting it together,⏎$$x = -4$$
S¦9¦Thus the total number of ways is **8**.
S¦5¦**Final answer:** $6$
S¦24¦The final answer is \( 42 \).
S¦\frac{1}{2}¦Therefore the probability is $\frac{1}{3}$.
S¦3¦**Answer**: $-3$
S¦8¦The answer is therefore $9$.
S¦16¦The answer is 15 and we verified it with 16 examples.
S¦12¦The answer is: there are 13 ways.
S¦\frac{1}{2}¦The answer is $\frac{1}{3}$ of the total.
S¦2, 3¦The answers are $2$ and $4$.
S¦2¦The answers are $2$ and $3$.
S¦6¦The answer is 6 when n is even and 7 otherwise.
S¦5¦The answer is 5? No wait, let me recount.⏎The answer is 6.
S¦5¦We first guessed that the answer is 5, but it turns out to be 6.⏎Final answer: 6
S¦10¦The first step gives 10 and the second gives 12, so the answer is 12.
S¦42¦I am not sure; it might be 42 or 43.
S¦42¦<think>The answer is 42.</think>I could not finish in time.
S¦42¦The computation needs 42 steps and then we stop here
S¦3¦The value is 3 + 1 = 4.
S¦31¦Checking again, everything is consistent, so the value is 13.
S¦(3, -1)¦Therefore the solution is $(x, y) = (-1, 3)$.
S¦2¦Answer: 2 or 3
S¦12¦We found 12 candidates, and the answer must be one of them
F¦15¦The answer is 16 and we verified it with 15 examples.
F¦15¦Therefore the total is 14, not 15 as first thought.
F¦3¦Thus we get 7 marbles for 3 children.
F¦4¦Hmm, so the result is 20 after adding 4 more.
S¦\frac{3}{4}¦### Final Answer⏎$\frac{3}{5}$
S¦5¦Final Answer: $\displaystyle 15$
S¦24¦Therefore, the probability equals \(\frac{1}{24}\).
""";
}

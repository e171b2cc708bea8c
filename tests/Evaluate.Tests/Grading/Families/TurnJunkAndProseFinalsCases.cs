namespace Evaluate.Tests.Grading.Families;

/// <summary>Family 8 (issue 21): a final answer followed by chat-template tokens, an invented next turn or a repeated
/// prompt, and answers stated as the last sentence of prose ("… is 2/3.", "… increases by 100%.").</summary>
internal static class TurnJunkAndProseFinalsCases
{
    public static GradingFamily Family { get; } = new("8 turn junk and prose finals", Equivalent, NearMisses);

    private const string Equivalent = """
// Chat-template tokens after the answer, with or without an invented next turn.
S¦5¦The answer is 5.<|im_end|>
S¦5¦The answer is $5$.<|im_end|>⏎<|im_start|>user⏎Now compute 3+4.<|im_end|>⏎<|im_start|>assistant⏎The answer is 7.<|im_end|>
S¦\frac{1}{2}¦So the probability is $\boxed{\frac{1}{2}}$.<|im_end|>⏎<|im_start|>user⏎Thanks! What about three coins?<|im_end|>⏎<|im_start|>assistant⏎\boxed{\frac{1}{8}}
S¦12¦Final answer: 12<|endoftext|>The answer is 13
S¦12¦We count the cases and get \boxed{12}.<|endoftext|><|endoftext|><|endoftext|>
S¦42¦The answer is 42<|eot_id|><|start_header_id|>user<|end_header_id|>⏎⏎And if the box held 50?<|eot_id|><|start_header_id|>assistant<|end_header_id|>⏎⏎The answer is \boxed{50}
S¦-3¦Thus $x = -3$.</s>
S¦-3¦\boxed{-3}</s><s>[INST] Solve 2x = 8 [/INST] \boxed{4}</s>
S¦17¦The smallest $k$ is 17.<end_of_turn>⏎<start_of_turn>user⏎What is the largest k?<end_of_turn>⏎<start_of_turn>model⏎The largest is 99.
S¦17¦The smallest $k$ is 17.<|end|><|user|>Try again with 20.<|end|><|assistant|>\boxed{20}
S¦9¦The answer is \boxed{9}.<｜end▁of▁sentence｜><｜User｜>And for n = 4?<｜Assistant｜>\boxed{16}
S¦9¦<think>3 squared is 9</think>The answer is \boxed{9}.<|im_end|>⏎<|im_start|>user⏎Next question<|im_end|>⏎<|im_start|>assistant⏎<think>
S¦9¦<|im_start|>assistant⏎The answer is 9.<|im_end|>
F¦9¦so she has 9 left<|im_end|>⏎<|im_start|>user⏎How many would she have after buying 5 more?<|im_end|>⏎<|im_start|>assistant⏎She would have 14.
// A repeated prompt or the next few-shot example after the answer.
S¦5¦\boxed{5}⏎⏎Question: What is 3+4?⏎Answer: \boxed{7}
S¦24¦The final answer is 24.⏎⏎Problem: How many ways can 5 people sit in a row?⏎Solution: $5! = 120$. The final answer is 120.
S¦24¦So the answer is $24$.⏎⏎### Problem⏎How many ways can 5 people sit?⏎The answer is $120$.
S¦8¦Therefore the answer is 8.⏎Human: And the cube of 3?⏎Assistant: The answer is 27.
S¦8¦#### 8⏎⏎Q: A farmer has 10 cows and sells 3. How many are left?⏎A: #### 7
S¦\sqrt{2}¦Final Answer: The final answer is $\sqrt{2}$. I hope it is correct.⏎⏎Problem:⏎Find the length of the diagonal of a unit cube.⏎⏎Solution:⏎Final Answer: The final answer is $\sqrt{3}$. I hope it is correct.
// Prose finals: the last sentence states the result.
S¦\frac{2}{3}¦Alice wins whenever the first head is hers. Therefore, the probability that Alice wins is 2/3.
S¦2/3¦Adding the geometric series, we see the probability that Alice wins is 2/3.
S¦0.25¦Only one of the four outcomes works, so the probability is 1/4.
S¦100¦The price doubles, so it increases by 100%.
S¦100\%¦The area goes from 1 to 2, which means the area increases by 100\%.
S¦20¦Each year the count falls from 50 to 40, so the population decreased by 20%.
S¦1¦Since the new price is twice the old one, the price rose by 100%.
S¦\frac{3}{4}¦Three of the four cases are favourable, hence the probability is 3/4.
S¦-1/2¦Solving the linear equation, we obtain -1/2.
S¦7¦So the number of students in the club is 7.
S¦10455¦So after six months Dr. Zaius has $10,455$ in total, that is the answer is 10,455.
// The value named before the word for it, counts stated with "there are", the Minerva sign-off after the statement.
S¦x \ge 5¦Combining both cases, therefore $x \geq 5$ is the solution.
S¦7¦Thus $n = 7$ is our answer.
S¦\frac{3}{4}¦Hence $\frac{3}{4}$ is the final answer.
S¦(2, 5)¦So $(2, 5)$ is the solution.
S¦x < -1¦Therefore $x < -1$ is the solution set.
S¦24¦Therefore 24 is the answer.
S¦9¦After simplifying, therefore $k = 9$ is the result.
S¦12¦Therefore, there are 12 ways to seat them.
S¦1024¦Thus there are 1,024 subsets in all.
S¦3¦Hence there are 3 real roots.
S¦45¦In total, there are 45 handshakes.
S¦6¦So there are 6 distinct arrangements that satisfy the rule.
S¦15¦Therefore, there were 15 students in the class.
S¦8¦Therefore, there are 8 such numbers. I hope it is correct.
S¦\frac{1}{3}¦Thus the probability is $\frac{1}{3}$. I hope it is correct.
""";

    private const string NearMisses = """
// The junk holds the gold; the model's own answer (before the first token) is wrong.
S¦7¦The answer is 5.<|im_end|>⏎<|im_start|>user⏎Now compute 3+4.<|im_end|>⏎<|im_start|>assistant⏎The answer is 7.<|im_end|>
S¦\frac{1}{8}¦So the probability is $\boxed{\frac{1}{2}}$.<|im_end|>⏎<|im_start|>user⏎What about three coins?<|im_end|>⏎<|im_start|>assistant⏎\boxed{\frac{1}{8}}
S¦13¦Final answer: 12<|endoftext|>The answer is 13
S¦50¦The answer is 42<|eot_id|><|start_header_id|>user<|end_header_id|>⏎⏎And if the box held 50?<|eot_id|><|start_header_id|>assistant<|end_header_id|>⏎⏎The answer is \boxed{50}
S¦4¦\boxed{-3}</s><s>[INST] Solve 2x = 8 [/INST] \boxed{4}</s>
S¦99¦The smallest $k$ is 17.<end_of_turn>⏎<start_of_turn>user⏎What is the largest k?<end_of_turn>⏎<start_of_turn>model⏎The largest is 99.
S¦20¦The smallest $k$ is 17.<|end|><|user|>Try again with 20.<|end|><|assistant|>\boxed{20}
S¦16¦The answer is \boxed{9}.<｜end▁of▁sentence｜><｜User｜>And for n = 4?<｜Assistant｜>\boxed{16}
F¦14¦so she has 9 left<|im_end|>⏎<|im_start|>user⏎How many would she have after buying 5 more?<|im_end|>⏎<|im_start|>assistant⏎She would have 14.
S¦9¦Let me think about this.<|im_end|>⏎<|im_start|>user⏎The answer is 9, right?<|im_end|>
S¦9¦<think>3 squared is 9, so the answer is \boxed{9}<|im_end|>
S¦7¦\boxed{5}⏎⏎Question: What is 3+4?⏎Answer: \boxed{7}
S¦120¦The final answer is 24.⏎⏎Problem: How many ways can 5 people sit in a row?⏎Solution: $5! = 120$. The final answer is 120.
S¦120¦So the answer is $24$.⏎⏎### Problem⏎How many ways can 5 people sit?⏎The answer is $120$.
S¦27¦Therefore the answer is 8.⏎Human: And the cube of 3?⏎Assistant: The answer is 27.
S¦7¦#### 8⏎⏎Q: A farmer has 10 cows and sells 3. How many are left?⏎A: #### 7
S¦\sqrt{3}¦Final Answer: The final answer is $\sqrt{2}$. I hope it is correct.⏎⏎Problem:⏎Find the length of the diagonal of a unit cube.⏎⏎Solution:⏎Final Answer: The final answer is $\sqrt{3}$. I hope it is correct.
// Prose finals with a wrong value, a hedge, or a number that is not stated as the result.
S¦\frac{2}{3}¦Alice wins whenever the first head is hers. Therefore, the probability that Alice wins is 3/2.
S¦2/3¦Adding the series, the probability that Alice wins is 1/3.
S¦2/3¦Alice wins on her first turn with probability 1/2, and she wins the game in 2 of 3 cases.
S¦2/3¦The probability that Alice wins might be 2/3 or 1/3.
S¦100¦The price doubles, so it increases by 200%.
S¦100¦The price increases by 10%.
S¦100¦The price was multiplied by 100.
S¦20¦The population decreased by 2%.
S¦\frac{3}{4}¦Three of the four cases are favourable, hence the probability is 4/3.
S¦7¦So the number of students in the club is 8.
S¦7¦We checked this with 7 different examples
S¦-1/2¦Solving the linear equation, we obtain 1/2.
// A box in the working, then a final statement that names a different value.
S¦255¦we get $\boxed{255}$ interest. So Dr. Zaius has $10,455$. Final Answer: The final answer is $10,455$. I hope it is correct.
S¦12¦First $\boxed{12}$ boxes are filled. **Final Answer:** 13
// The same shapes with a wrong value, a hedge, a second number or no conclusion; an infinite sequence is not its first terms.
S¦x \ge 5¦Therefore $x > 5$ is the solution.
S¦7¦Thus $n = 8$ is our answer.
S¦(2, 5)¦So $(5, 2)$ is the solution.
S¦24¦Therefore 25 is the answer.
S¦12¦Therefore, there are 12 ways, not 13.
S¦12¦Therefore, there are 13 ways to seat them.
S¦12¦Therefore, there are at most 12 ways to seat them.
S¦1024¦Thus there are 1,023 nonempty subsets.
S¦3¦Hence there are 3 or 4 real roots.
S¦6¦In total there are 6 cases and 2 of them fail.
S¦8¦We checked: there are 8 such numbers, but only if n is odd.
S¦\frac{1}{3}¦Thus the probability is $\frac{2}{3}$. I hope it is correct.
S¦1, 2, 3¦The terms are $1, 2, 3, ...$
S¦1, 2, 3¦So the sequence is \boxed{1, 2, 3, ...}
""";
}

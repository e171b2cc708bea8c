// The official OpenAI Node client against `evaluate serve` (base URL in argv[2]): one plain chat call and the same
// call streamed. Prints one JSON line with both texts and the streamed usage, for the test to compare.
import OpenAI from "openai";

const client = new OpenAI({ baseURL: process.argv[2], apiKey: "not-needed", maxRetries: 0 });
const request = {
  model: "sim",
  messages: [{ role: "user", content: process.argv[3] ?? "What is 6*7?" }],
  seed: 7,
  temperature: 0.7,
  max_tokens: 256,
};

const plain = await client.chat.completions.create(request);
const stream = await client.chat.completions.create({ ...request, stream: true, stream_options: { include_usage: true } });
let streamed = "";
let usage = null;
let finish = null;
for await (const chunk of stream) {
  if (chunk.usage) usage = chunk.usage;
  for (const choice of chunk.choices) {
    streamed += choice.delta?.content ?? "";
    finish = choice.finish_reason ?? finish;
  }
}
console.log(JSON.stringify({ plain: plain.choices[0].message.content, plainUsage: plain.usage, streamed, usage, finish }));

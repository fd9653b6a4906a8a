import type { ChatCompletion } from './openai-wire.schema.js';

/**
 * A finished completion replayed as Chat Completions stream chunks: the whole message in one
 * delta (the offline model has nothing to stream token by token), then the finish reason, then
 * usage when the client asked for it, then the [DONE] sentinel clients wait for.
 */
export function completionToSse(completion: ChatCompletion, includeUsage: boolean): string {
  const { id, created, model, system_fingerprint } = completion;
  const head = { id, object: 'chat.completion.chunk', created, model, system_fingerprint };
  const choice = completion.choices[0];
  if (!choice) throw new Error('a completion without a choice cannot be streamed');
  const usage = includeUsage ? { usage: null } : {};
  const chunks: unknown[] = [
    {
      ...head,
      ...usage,
      choices: [
        {
          index: 0,
          delta: {
            role: 'assistant',
            content: choice.message.content ?? '',
            ...(choice.message.tool_calls
              ? { tool_calls: choice.message.tool_calls.map((call, index) => ({ index, ...call })) }
              : {}),
          },
          finish_reason: null,
          logprobs: null,
        },
      ],
    },
    {
      ...head,
      ...usage,
      choices: [{ index: 0, delta: {}, finish_reason: choice.finish_reason, logprobs: null }],
    },
  ];
  if (includeUsage) chunks.push({ ...head, choices: [], usage: completion.usage });
  return `${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('')}data: [DONE]\n\n`;
}

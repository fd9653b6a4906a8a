import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage, type ToolMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { traceable } from 'langsmith/traceable';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAgentError } from '../../agents/agent-error.js';
import type { AgentEvent } from '../../agents/agent-events.js';
import {
  OfflineChatModel,
  type OfflinePolicy,
  type PolicyDecision,
} from '../../agents/offline/offline-chat-model.js';
import { roundsSoFar } from '../../agents/offline/tool-results.js';
import { type AgentDefinition, runAgent } from '../../agents/run-agent.js';
import { taskMessage } from '../../agents/task-message.js';
import { defineTool, ToolArgumentError } from '../../tools/define-tool.js';
import { recordingClient } from '../support/recording-langsmith.js';

const Answer = z.object({ total: z.number().int() });

const addTool = defineTool({
  name: 'add',
  description: 'Adds two integers.',
  input: z.object({ a: z.number().int(), b: z.number().int() }),
  output: z.object({ sum: z.number().int() }),
  run: ({ a, b }) => {
    if (a < 0) throw new ToolArgumentError('a must not be negative');
    return { sum: a + b };
  },
});

const definition: AgentDefinition<typeof Answer> = {
  name: 'adder',
  systemPrompt: 'Add numbers with the add tool, then submit.',
  tools: [addTool],
  submit: { name: 'submit_total', description: 'Submit the total.', schema: Answer },
  maxToolErrors: 3,
};

/** A model that plays a fixed script, one AI turn per round. */
function scripted(turns: PolicyDecision[]) {
  const policy: OfflinePolicy = (messages) => {
    const turn = turns[roundsSoFar(messages)];
    if (!turn) throw new Error('script exhausted');
    return turn;
  };
  return new OfflineChatModel(new Map([['submit_total', policy]]));
}

const task = taskMessage('Add 2 and 3.', { a: 2, b: 3 });

/** A hosted-model stand-in: replays AI messages as given, usage_metadata (or its absence) included. */
class ReplayModel extends BaseChatModel {
  private turn = 0;
  constructor(private readonly turns: AIMessage[]) {
    super({});
  }
  override _llmType(): string {
    return 'replay';
  }
  override bindTools(): this {
    return this;
  }
  override async _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    const message = this.turns[this.turn++];
    if (!message) throw new Error('script exhausted');
    return { generations: [{ text: '', message }] };
  }
}

describe('runAgent', () => {
  it('runs tool calls, feeds results back, and returns the submitted answer', async () => {
    const events: AgentEvent[] = [];
    const model = scripted([
      {
        toolCalls: [
          { name: 'add', args: { a: 2, b: 3 } },
          { name: 'add', args: { a: 5, b: 0 } },
        ],
      },
      { toolCalls: [{ name: 'submit_total', args: { total: 5 } }] },
    ]);
    const run = await runAgent(definition, { model, task, onEvent: (e) => events.push(e) });

    expect(run.output).toEqual({ total: 5 });
    expect(run.modelRounds).toBe(2);
    expect(run.toolCalls).toBe(2);
    const [, , first] = run.messages;
    const calls = (first as AIMessage).tool_calls ?? [];
    expect(calls.map((c) => c.name)).toEqual(['add', 'add']);
    const results = run.messages.filter((m) => m.getType() === 'tool') as ToolMessage[];
    expect(results[0]?.tool_call_id).toBe(calls[0]?.id);
    expect(JSON.parse(String(results[0]?.content))).toEqual({ sum: 5 });
    expect(events.map((e) => e.kind)).toEqual(['model', 'tools', 'model', 'submitted']);
    // Both parallel calls are one step to someone following the run.
    expect(events.map((e) => e.message)).toEqual(['add ×2', 'add ×2', 'submit_total', 'submit_total']);
  });

  it('answers bad arguments, unknown tools and an invalid submit with errors the model can correct', async () => {
    const model = scripted([
      { toolCalls: [{ name: 'add', args: { a: 'two', b: 3 } }] },
      {
        toolCalls: [
          { name: 'multiply', args: { a: 2, b: 3 } },
          { name: 'add', args: { a: -1, b: 3 } },
        ],
      },
      { toolCalls: [{ name: 'submit_total', args: { total: 'five' } }] },
      { toolCalls: [{ name: 'submit_total', args: { total: 5 } }] },
    ]);
    await expect(runAgent(definition, { model, task })).rejects.toSatisfy(
      (e) => isAgentError(e) && e.code === 'too-many-tool-errors',
    );

    const patient = { ...definition, maxToolErrors: 4 };
    const run = await runAgent(patient, { model, task });
    expect(run.output).toEqual({ total: 5 });
    expect(run.toolErrors).toBe(4);
    const errors = (run.messages.filter((m) => m.getType() === 'tool') as ToolMessage[])
      .filter((m) => m.status === 'error')
      .map((m) => String(m.content));
    expect(errors[0]).toMatch(/invalid arguments for add/);
    expect(errors[1]).toMatch(/unknown tool "multiply"; available tools: add, submit_total/);
    expect(errors[2]).toMatch(/a must not be negative/);
    expect(errors[3]).toMatch(/invalid submit_total arguments/);
  });

  it('records the tokens of every model call from usage_metadata, in total and per call', async () => {
    const model = scripted([
      { toolCalls: [{ name: 'add', args: { a: 2, b: 3 } }] },
      { toolCalls: [{ name: 'submit_total', args: { total: 5 } }] },
    ]);
    const run = await runAgent(definition, { model, task });

    const reported = run.messages
      .filter((m) => m.getType() === 'ai')
      .map((m) => (m as AIMessage).usage_metadata);
    expect(run.usage.perCall).toEqual(
      reported.map((u) => ({ inputTokens: u?.input_tokens, outputTokens: u?.output_tokens })),
    );
    expect(run.usage.calls).toBe(2);
    expect(run.usage.inputTokens).toBe((reported[0]?.input_tokens ?? 0) + (reported[1]?.input_tokens ?? 0));
    expect(run.usage.outputTokens).toBe(
      (reported[0]?.output_tokens ?? 0) + (reported[1]?.output_tokens ?? 0),
    );
    // The second call sees the first call's conversation, so it reads more.
    expect(run.usage.perCall[1]?.inputTokens).toBeGreaterThan(run.usage.perCall[0]?.inputTokens ?? 0);
  });

  it('counts a call whose model reports no usage as 0 tokens, and a bad call as a call', async () => {
    const call = (id: string, name: string, args: Record<string, unknown>) =>
      ({ id, name, args, type: 'tool_call' }) as const;
    const model = new ReplayModel([
      new AIMessage({ content: '', tool_calls: [call('1', 'add', { a: 2, b: 3 })] }),
      new AIMessage({
        content: 'thinking',
        usage_metadata: { input_tokens: 120, output_tokens: 7, total_tokens: 127 },
      }),
      new AIMessage({
        content: '',
        tool_calls: [call('2', 'submit_total', { total: 5 })],
        usage_metadata: { input_tokens: 200, output_tokens: 15, total_tokens: 215 },
      }),
    ]);
    const run = await runAgent(definition, { model, task });

    expect(run.output).toEqual({ total: 5 });
    expect(run.usage).toEqual({
      calls: 3,
      inputTokens: 320,
      outputTokens: 22,
      perCall: [
        { inputTokens: 0, outputTokens: 0 },
        { inputTokens: 120, outputTokens: 7 },
        { inputTokens: 200, outputTokens: 15 },
      ],
    });
  });

  it('gives up with a clear error when the model never submits', async () => {
    const model = scripted(
      Array.from({ length: 5 }, () => ({ toolCalls: [{ name: 'add', args: { a: 1, b: 1 } }] })),
    );
    await expect(runAgent({ ...definition, maxRounds: 5 }, { model, task })).rejects.toThrow(
      /adder agent: no valid submit_total call within 5 model rounds/,
    );
  });
});

/** A model that returns fixed AI messages, invalid_tool_calls included (as ChatOpenAI reports them). */
class ScriptedModel extends BaseChatModel {
  private turn = 0;
  constructor(private readonly script: AIMessage[]) {
    super({});
  }
  override _llmType(): string {
    return 'scripted';
  }
  override bindTools(): ScriptedModel {
    return this;
  }
  override async _generate(): Promise<ChatResult> {
    const message = this.script[this.turn++];
    if (!message) throw new Error('script exhausted');
    return { generations: [{ text: '', message }] };
  }
}

describe('runAgent with malformed arguments next to a valid call', () => {
  it('keeps the malformed call in the history so its error reply pairs with it', async () => {
    const model = new ScriptedModel([
      new AIMessage({
        content: '',
        tool_calls: [{ id: 'good', name: 'add', args: { a: 1, b: 2 }, type: 'tool_call' }],
        invalid_tool_calls: [
          {
            id: 'bad',
            name: 'add',
            args: '{"a": 1,',
            error: 'Unexpected end of JSON',
            type: 'invalid_tool_call',
          },
        ],
      }),
      new AIMessage({
        content: '',
        tool_calls: [{ id: 'end', name: 'submit_total', args: { total: 3 }, type: 'tool_call' }],
      }),
    ]);
    const run = await runAgent(definition, { model, task });
    expect(run.output).toEqual({ total: 3 });
    const firstTurn = run.messages[2] as AIMessage;
    expect(firstTurn.tool_calls?.map((c) => c.id)).toEqual(['good', 'bad']);
    const replies = run.messages.filter((m) => m.getType() === 'tool') as ToolMessage[];
    expect(replies.map((r) => r.tool_call_id).sort()).toEqual(['bad', 'end', 'good']);
    expect(String(replies.find((r) => r.tool_call_id === 'bad')?.content)).toMatch(/not valid JSON/);
  });

  it('hands each result to in-process readers as its artifact, and traces tool calls when the run is traced', async () => {
    const script = (): PolicyDecision[] => [
      { toolCalls: [{ name: 'add', args: { a: 2, b: 3 } }] },
      { toolCalls: [{ name: 'submit_total', args: { total: 5 } }] },
    ];
    const untraced = await runAgent(definition, { model: scripted(script()), task });
    const [result] = untraced.messages.filter((m) => m.getType() === 'tool') as ToolMessage[];
    expect(result?.artifact).toEqual(JSON.parse(String(result?.content)));

    const { client, created } = recordingClient();
    const traced = traceable(() => runAgent(definition, { model: scripted(script()), task }), {
      name: 'trip',
      tracingEnabled: true,
      client,
    });
    expect((await traced()).output).toEqual({ total: 5 });
    // Through LangChain, the tool call is a run of its own in the trace.
    expect(created).toContain('add');
  });
});

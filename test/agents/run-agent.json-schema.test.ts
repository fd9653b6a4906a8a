import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage, type ToolMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAgentError } from '../../agents/agent-error.js';
import type { AgentEvent } from '../../agents/agent-events.js';
import { OfflineChatModel, type PolicyDecision } from '../../agents/offline/offline-chat-model.js';
import { roundsSoFar } from '../../agents/offline/tool-results.js';
import { type AgentDefinition, runAgent } from '../../agents/run-agent.js';
import type { JsonSchemaResponseFormat } from '../../agents/structured-answer.js';
import {
  type StructuredOutputAware,
  type StructuredOutputSetting,
  StructuredOutputSupport,
} from '../../agents/structured-output.js';
import { taskMessage } from '../../agents/task-message.js';
import { defineTool } from '../../tools/define-tool.js';

const Answer = z.object({ total: z.number().int() });

const addTool = defineTool({
  name: 'add',
  description: 'Adds two integers.',
  input: z.object({ a: z.number().int(), b: z.number().int() }),
  output: z.object({ sum: z.number().int() }),
  run: ({ a, b }) => ({ sum: a + b }),
});

const definition: AgentDefinition<typeof Answer> = {
  name: 'adder',
  systemPrompt: 'Add numbers with the add tool, then call submit_total.',
  tools: [addTool],
  submit: { name: 'submit_total', description: 'Submit the total.', schema: Answer },
  maxToolErrors: 2,
};
const task = taskMessage('Add 2 and 3.', { a: 2, b: 3 });

interface JsonCallOptions extends BaseChatModelCallOptions {
  response_format?: JsonSchemaResponseFormat;
  strict?: boolean;
}

type Turn = AIMessage | (() => AIMessage);

/** What the stand-in "server" saw and will answer; bound copies of a model share it. */
class Script {
  readonly requests: {
    format?: JsonSchemaResponseFormat;
    tools: string[];
    system: string;
    strict?: boolean;
  }[] = [];
  private turn = 0;
  constructor(
    private readonly turns: Turn[],
    readonly refuseJsonSchema: boolean,
  ) {}
  next(): Turn | undefined {
    return this.turns[this.turn++];
  }
}

/**
 * A hosted-model stand-in that declares a structured-output setting, records what every request
 * would carry (tools, response format, system prompt), and plays scripted turns; a server that
 * refuses json_schema throws the 400 an OpenAI client raises.
 */
class RecordingModel extends BaseChatModel<JsonCallOptions> implements StructuredOutputAware {
  readonly structuredOutput: StructuredOutputSupport;

  constructor(
    setting: StructuredOutputSetting,
    private readonly script: Script,
    private readonly tools: string[] = [],
  ) {
    super({});
    this.structuredOutput = new StructuredOutputSupport(setting);
  }
  get requests() {
    return this.script.requests;
  }
  override _llmType(): string {
    return 'recording';
  }
  override bindTools(tools: BindToolsInput[], kwargs?: Partial<JsonCallOptions>) {
    const names = tools.map((t) => (t as { name: string }).name);
    const bound = new RecordingModel('tool_call', this.script, names);
    return kwargs ? bound.withConfig(kwargs) : bound;
  }
  override async _generate(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<ChatResult> {
    const format = options.response_format;
    const system = String(messages[0]?.content);
    this.script.requests.push({ format, tools: this.tools, system, strict: options.strict });
    if (format && this.script.refuseJsonSchema) {
      throw Object.assign(new Error('400 response_format json_schema is not supported'), { status: 400 });
    }
    const turn = this.script.next();
    if (!turn) throw new Error('script exhausted');
    const message = typeof turn === 'function' ? turn() : turn;
    return { generations: [{ text: '', message }] };
  }
}

function recording(setting: StructuredOutputSetting, turns: Turn[], refuseJsonSchema = false) {
  return new RecordingModel(setting, new Script(turns, refuseJsonSchema));
}

const call = (name: string, args: Record<string, unknown>, id = `id_${name}`) => ({
  id,
  name,
  args,
  type: 'tool_call' as const,
});
const addThenAnswer = (answer: string): Turn[] => [
  new AIMessage({ content: '', tool_calls: [call('add', { a: 2, b: 3 })] }),
  new AIMessage({ content: answer }),
];
const toolCallAnswer: Turn[] = [
  new AIMessage({ content: '', tool_calls: [call('add', { a: 2, b: 3 })] }),
  new AIMessage({ content: '', tool_calls: [call('submit_total', { total: 5 })] }),
];

describe('runAgent in json_schema mode', () => {
  it('binds the research tools with a response format and ends on a JSON reply', async () => {
    const events: AgentEvent[] = [];
    const model = recording('json_schema', addThenAnswer('{"total": 5}'));
    const run = await runAgent(definition, { model, task, onEvent: (e) => events.push(e) });

    expect(run.output).toEqual({ total: 5 });
    expect(run.modelRounds).toBe(2);
    expect(run.toolCalls).toBe(1);
    for (const request of model.requests) {
      expect(request.tools).toEqual(['add']);
      expect(request.format).toMatchObject({
        type: 'json_schema',
        json_schema: { name: 'submit_total', strict: true, schema: { required: ['total'] } },
      });
      // Tools stay as in tool_call mode: ChatOpenAI would otherwise make them strict.
      expect(request.strict).toBe(false);
      expect(request.system).toMatch(/there is no submit_total tool in this conversation/);
    }
    expect(events.map((e) => e.kind)).toEqual(['model', 'tools', 'model', 'submitted']);
    expect((run.messages.at(-1) as AIMessage).content).toBe('{"total": 5}');
  });

  it.each([
    ['not JSON', '{"total": 5', /not valid JSON/],
    ['off schema', '{"total": "five"}', /does not match the schema: .*total/s],
    ['empty', '', /neither a tool call nor a JSON answer/],
  ])('hands a reply that is %s back to the model as an error it can correct', async (_, bad, problem) => {
    const model = recording('json_schema', [
      ...addThenAnswer(bad),
      new AIMessage({ content: '{"total":5}' }),
    ]);
    const run = await runAgent(definition, { model, task });

    expect(run.output).toEqual({ total: 5 });
    expect(run.toolErrors).toBe(1);
    expect(run.modelRounds).toBe(3);
    const correction = run.messages.at(-2);
    expect(correction?.getType()).toBe('human');
    expect(String(correction?.content)).toMatch(problem);
    expect(String(correction?.content)).toMatch(/^Error: .*Reply with the corrected JSON answer only/s);
  });

  it('gives up after the error budget, like bad tool calls', async () => {
    const bad = new AIMessage({ content: 'The total is 5.' });
    const model = recording('json_schema', [bad, bad, bad, bad]);
    await expect(runAgent(definition, { model, task })).rejects.toSatisfy(
      (e) => isAgentError(e) && e.code === 'too-many-tool-errors' && /not valid JSON/.test(e.message),
    );
  });

  it('treats a call to the submit tool as an unknown tool: there is none in this mode', async () => {
    const model = recording('json_schema', [
      new AIMessage({ content: '', tool_calls: [call('submit_total', { total: 5 })] }),
      new AIMessage({ content: '{"total": 5}' }),
    ]);
    const run = await runAgent(definition, { model, task });
    expect(run.output).toEqual({ total: 5 });
    const [reply] = run.messages.filter((m) => m.getType() === 'tool') as ToolMessage[];
    expect(String(reply?.content)).toMatch(/unknown tool "submit_total"; available tools: add$/);
  });

  it('reports the step limit in terms of the JSON answer', async () => {
    const model = recording(
      'json_schema',
      Array.from(
        { length: 3 },
        (_, i) => new AIMessage({ content: '', tool_calls: [call('add', { a: i, b: 1 }, `c${i}`)] }),
      ),
    );
    await expect(runAgent({ ...definition, maxRounds: 3 }, { model, task })).rejects.toThrow(
      /no valid submit_total JSON answer within 3 model rounds/,
    );
  });
});

describe('runAgent when the server refuses json_schema', () => {
  it('auto: falls back to the submit tool in the same run, and later runs never ask again', async () => {
    const events: AgentEvent[] = [];
    const model = recording('auto', [...toolCallAnswer, ...toolCallAnswer], true);
    const first = await runAgent(definition, { model, task, onEvent: (e) => events.push(e) });

    expect(first.output).toEqual({ total: 5 });
    // The refused request is not a round: the run took the two rounds a tool_call run takes.
    expect(first.modelRounds).toBe(2);
    expect(first.usage.calls).toBe(2);
    expect(model.requests.map((r) => r.format?.type ?? 'none')).toEqual(['json_schema', 'none', 'none']);
    expect(model.requests[1]?.tools).toEqual(['add', 'submit_total']);
    expect(model.requests[1]?.system).toBe(definition.systemPrompt);
    expect(first.messages[0]?.content).toBe(definition.systemPrompt);
    expect(events[0]).toMatchObject({
      kind: 'fallback',
      message: expect.stringMatching(
        /response_format json_schema is not supported; answering with submit_total/,
      ),
    });
    expect(model.structuredOutput.mode).toBe('tool_call');

    const second = await runAgent(definition, { model, task });
    expect(second.output).toEqual({ total: 5 });
    expect(model.requests.filter((r) => r.format !== undefined)).toHaveLength(1);
    expect(model.requests).toHaveLength(5);
  });

  it('json_schema: no fallback, the agent fails with the server error', async () => {
    const model = recording('json_schema', toolCallAnswer, true);
    await expect(runAgent(definition, { model, task })).rejects.toSatisfy(
      (e) => isAgentError(e) && e.code === 'model-failed' && /json_schema is not supported/.test(e.message),
    );
    expect(model.requests).toHaveLength(1);
  });

  it('auto: other failures are not mistaken for a refusal', async () => {
    const model = recording('auto', [
      () => {
        throw Object.assign(new Error('400 maximum context length exceeded'), { status: 400 });
      },
    ]);
    await expect(runAgent(definition, { model, task })).rejects.toThrow(/maximum context length/);
    expect(model.structuredOutput.mode).toBe('json_schema');
  });
});

describe('the offline model in json_schema mode', () => {
  const scripted = (turns: PolicyDecision[]) => {
    const policy = (messages: readonly BaseMessage[]) => {
      const turn = turns[roundsSoFar(messages)];
      if (!turn) throw new Error('script exhausted');
      return turn;
    };
    return new OfflineChatModel(new Map([['submit_total', policy]]), [], { structuredOutput: 'json_schema' });
  };

  it("answers the policy's submit call as JSON content, picked by the response format's name", async () => {
    const model = scripted([
      { toolCalls: [{ name: 'add', args: { a: 2, b: 3 } }] },
      { toolCalls: [{ name: 'submit_total', args: { total: 5 } }] },
    ]);
    const run = await runAgent(definition, { model, task });
    expect(run.output).toEqual({ total: 5 });
    const [research, answer] = run.messages.filter((m) => m.getType() === 'ai') as AIMessage[];
    expect(research?.tool_calls?.map((c) => c.name)).toEqual(['add']);
    expect(answer?.tool_calls).toEqual([]);
    expect(JSON.parse(String(answer?.content))).toEqual({ total: 5 });
    expect(answer?.usage_metadata?.output_tokens).toBeGreaterThan(0);
  });

  it('still answers with the submit tool by default', async () => {
    const model = new OfflineChatModel(
      new Map([['submit_total', () => ({ toolCalls: [{ name: 'submit_total', args: { total: 5 } }] })]]),
    );
    expect(model.structuredOutput.mode).toBe('tool_call');
    const run = await runAgent(definition, { model, task });
    expect((run.messages[2] as AIMessage).tool_calls?.[0]?.name).toBe('submit_total');
  });
});

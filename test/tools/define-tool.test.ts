import { traceable } from 'langsmith/traceable';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTool, runTool, ToolArgumentError } from '../../tools/define-tool.js';
import { createSearchStaysTool } from '../../tools/hotels/search-stays.tool.js';
import { createSandboxWorld } from '../../tools/providers/sandbox/sandbox-world.js';
import { recordingClient } from '../support/recording-langsmith.js';

const add = defineTool({
  name: 'add',
  description: 'Adds two numbers.',
  input: z.object({ a: z.number(), b: z.number() }),
  output: z.object({ sum: z.number() }),
  run: ({ a, b }) => {
    if (a < 0) throw new ToolArgumentError('a must not be negative');
    return { sum: a + b };
  },
});

async function outcome(run: () => Promise<string>): Promise<string> {
  try {
    return await run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const untraced = { traced: false };

describe('runTool', () => {
  it('answers exactly as the LangChain tool does: results, argument errors, schema failures', async () => {
    const stays = createSearchStaysTool({ world: createSandboxWorld({ seed: 1 }) });
    const cases: [typeof add, unknown][] = [
      [add, { a: 2, b: 3 }],
      [add, { a: -1, b: 3 }],
      [add, { a: 'two', b: 3 }],
      [add, {}],
      [stays, { city: 'Denver', checkIn: '2027-05-10', nights: 2, guests: 5 }],
      [stays, { city: 'Atlantis', checkIn: '2027-05-10', nights: 2, guests: 5 }],
    ];
    for (const [tool, args] of cases) {
      const direct = await outcome(async () => (await runTool(tool, args, untraced)).content);
      const viaLangChain = await outcome(async () => String(await tool.invoke(args as never)));
      expect(direct).toBe(viaLangChain);
    }
    expect(await runTool(add, { a: 2, b: 3 }, untraced)).toEqual({ content: '{"sum":5}', value: { sum: 5 } });
    expect(await runTool(add, { a: -1, b: 3 }, untraced)).toEqual({
      content: '{"error":"a must not be negative"}',
    });
    await expect(runTool(add, { a: 'two', b: 3 }, untraced)).rejects.toThrow(/did not match expected schema/);
  });

  it('does not start a tool once the run is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(runTool(add, { a: 2, b: 3 }, { signal: controller.signal, traced: false })).rejects.toThrow(
      'cancelled by the user',
    );
  });

  it('hands over the parsed result as a value that is exactly what its JSON reads back as', async () => {
    const stays = createSearchStaysTool({ world: createSandboxWorld({ seed: 1 }) });
    const result = await runTool(
      stays,
      { city: 'Denver', checkIn: '2027-05-10', nights: 2, guests: 5 },
      untraced,
    );
    expect(result.value).toEqual(JSON.parse(result.content));
    expect(JSON.stringify(result.value)).toBe(result.content);
  });

  it('goes through LangChain, and so into the trace, when the run is traced', async () => {
    const traced = recordingClient();
    const inTrace = traceable(async () => (await runTool(add, { a: 2, b: 3 }, { traced: true })).content, {
      name: 'agent',
      tracingEnabled: true,
      client: traced.client,
    });
    expect(await inTrace()).toBe('{"sum":5}');
    expect(traced.created).toEqual(['agent', 'add']);

    const quiet = recordingClient();
    const outside = traceable(async () => (await runTool(add, { a: 2, b: 3 }, untraced)).content, {
      name: 'agent',
      tracingEnabled: false,
      client: quiet.client,
    });
    expect(await outside()).toBe('{"sum":5}');
    expect(quiet.created).toEqual([]);
  });
});

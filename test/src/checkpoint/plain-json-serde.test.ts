import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { Command, Send } from '@langchain/langgraph';
import { JsonPlusSerializer } from '@langchain/langgraph-checkpoint';
import { describe, expect, it } from 'vitest';
import { PlainJsonSerializer } from '../../../src/checkpoint/plain-json-serde.js';

const plus = new JsonPlusSerializer();
const plain = new PlainJsonSerializer();

function circular(): Record<string, unknown> {
  const node: Record<string, unknown> = { name: 'loop' };
  node.self = node;
  return node;
}

function deep(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i++) value = { next: value };
  return value;
}

const SAMPLES: Record<string, unknown> = {
  'plain state': {
    routes: [{ cities: ['Sacramento', 'San Jose'], nights: [2, 2] }],
    spec: { travellers: 2, budget: { amount: 4000, currency: 'USD' }, pets: false, note: null },
    unicode: 'Zürich → 東京 🚆',
  },
  'top-level primitives': ['text', 42, -0, true, null],
  'numbers JSON cannot hold': { nan: Number.NaN, infinite: Number.POSITIVE_INFINITY },
  'an undefined property': { kept: 1, missing: undefined },
  // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
  'a sparse array': [1, , 3],
  'Set, Map and Date': { set: new Set([1, 2]), map: new Map([['a', 1]]), at: new Date(0) },
  'a Send': new Send('flights', { spec: { days: 5 } }),
  'a Command': new Command({ resume: { text: 'from Denver' } }),
  'messages in a list': [new HumanMessage('plan a trip'), new AIMessage({ content: '', tool_calls: [] })],
  'bytes in an object': { bytes: new Uint8Array([1, 2, 3]) },
  'an object with lg_name': { lg_name: 'Send', node: 'hotels', args: {} },
  'an object shaped like an lc record': { lc: 2, type: 'undefined' },
  'a __proto__ key': JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'),
  'a control character': { text: 'bell\u0007' },
  'a cycle': circular(),
  'nesting deeper than the fast path walks': deep(100),
  undefined: undefined,
};

describe('PlainJsonSerializer', () => {
  for (const [name, value] of Object.entries(SAMPLES)) {
    it(`writes and reads ${name} exactly as JsonPlusSerializer does`, async () => {
      const [plusType, plusBytes] = await plus.dumpsTyped(value);
      const [plainType, plainBytes] = await plain.dumpsTyped(value);
      expect(plainType).toBe(plusType);
      expect(Buffer.from(plainBytes).equals(Buffer.from(plusBytes))).toBe(true);
      // Either serializer reads the other's records the same way.
      const expected = await plus.loadsTyped(plusType, plusBytes);
      expect(await plain.loadsTyped(plusType, plusBytes)).toStrictEqual(expected);
      expect(await plain.loadsTyped(plusType, Buffer.from(plusBytes).toString('utf8'))).toStrictEqual(
        expected,
      );
    });
  }

  it('reads plain records into plain data', async () => {
    const value = { days: [{ day: 1, sights: ['Tower Bridge'] }], critique: [] };
    const [type, bytes] = await plain.dumpsTyped(value);
    expect(await plain.loadsTyped(type, bytes)).toStrictEqual(value);
  });
});

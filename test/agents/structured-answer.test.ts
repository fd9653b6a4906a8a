import { AIMessage } from '@langchain/core/messages';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TransportShortlist } from '../../agents/flights/flights.schema.js';
import { StayShortlist } from '../../agents/hotels/hotels.schema.js';
import { IntakeResult } from '../../agents/intake/intake.schema.js';
import { ItinerarySubmission } from '../../agents/itinerary/itinerary.schema.js';
import { fitsStrictSubset, jsonAnswerFormat, readJsonAnswer } from '../../agents/structured-answer.js';
import { isJsonSchemaRejection, StructuredOutputSupport } from '../../agents/structured-output.js';

const Answer = z.object({ total: z.number().int() });
const answer = (content: string) => new AIMessage({ content });

describe('jsonAnswerFormat', () => {
  it('carries the submit tool name and the schema the submit tool would carry', () => {
    const format = jsonAnswerFormat({ name: 'submit_total', description: 'The total.', schema: Answer });
    const { $schema: _, ...toolParameters } = toJsonSchema(Answer) as Record<string, unknown>;
    expect(format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'submit_total', description: 'The total.', strict: true, schema: toolParameters },
    });
  });

  it('is strict only for schemas inside OpenAI strict subset', () => {
    const strictOf = (schema: z.ZodObject) =>
      jsonAnswerFormat({ name: 'x', description: '', schema }).json_schema.strict;
    expect(strictOf(z.object({ a: z.string(), b: z.array(z.object({ c: z.number().nullable() })) }))).toBe(
      true,
    );
    expect(strictOf(z.object({ a: z.string().optional() }))).toBe(false);
    expect(strictOf(z.object({ a: z.number().default(1) }))).toBe(false);
    const closed = {
      type: 'object',
      properties: { a: { type: 'string' } },
      required: ['a'],
      additionalProperties: false,
    };
    expect(fitsStrictSubset(closed)).toBe(true);
    expect(fitsStrictSubset({ ...closed, required: [] })).toBe(false);
    expect(fitsStrictSubset({ ...closed, additionalProperties: undefined })).toBe(false);
    expect(fitsStrictSubset({ ...closed, properties: { a: { type: 'string', minLength: 1 } } })).toBe(false);
    expect(
      fitsStrictSubset({ ...closed, properties: { a: { type: 'array', items: { type: 'object' } } } }),
    ).toBe(false);
  });

  it.each([
    ['intake', IntakeResult],
    ['flights', TransportShortlist],
    ['hotels', StayShortlist],
    ['itinerary', ItinerarySubmission],
  ])(
    'sends the %s answer schema non-strict (defaults and length limits are outside the strict subset)',
    (_, schema) => {
      const format = jsonAnswerFormat({ name: 'submit_x', description: '', schema });
      expect(format.json_schema.strict).toBe(false);
      expect(format.json_schema.schema).toMatchObject({ type: 'object', required: expect.any(Array) });
      expect(format.json_schema.schema).not.toHaveProperty('$schema');
    },
  );
});

describe('readJsonAnswer', () => {
  it('parses JSON content with the schema (a markdown fence forgiven)', () => {
    expect(readJsonAnswer(answer('{"total": 5}'), Answer)).toEqual({ ok: true, value: { total: 5 } });
    expect(readJsonAnswer(answer('```json\n{"total": 5}\n```'), Answer)).toEqual({
      ok: true,
      value: { total: 5 },
    });
  });

  it('names what is wrong: no answer, not JSON, or not the schema', () => {
    expect(readJsonAnswer(answer('  '), Answer)).toMatchObject({
      ok: false,
      problem: /neither a tool call nor a JSON answer/,
    });
    expect(readJsonAnswer(answer('{"total": 5'), Answer)).toMatchObject({
      ok: false,
      problem: /not valid JSON/,
    });
    expect(readJsonAnswer(answer('{"total": "five"}'), Answer)).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/does not match the schema: .*total/s),
    });
  });
});

describe('isJsonSchemaRejection', () => {
  const error = (status: number, message: string, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error(message), { status, ...extra });

  it('recognises a server refusing json_schema', () => {
    expect(isJsonSchemaRejection(error(400, '400 response_format json_schema is not supported'))).toBe(true);
    expect(isJsonSchemaRejection(error(400, "Invalid schema for response_format 'x'"))).toBe(true);
    expect(isJsonSchemaRejection(error(422, 'structured outputs are unavailable for this model'))).toBe(true);
    expect(
      isJsonSchemaRejection(error(400, 'Unrecognized request argument', { param: 'response_format' })),
    ).toBe(true);
    expect(
      isJsonSchemaRejection({ response: { status: 400 }, error: { message: 'json_schema unsupported' } }),
    ).toBe(true);
  });

  it('leaves every other failure alone', () => {
    expect(isJsonSchemaRejection(error(400, "This model's maximum context length is 128000 tokens"))).toBe(
      false,
    );
    expect(isJsonSchemaRejection(error(429, 'rate limited while using response_format'))).toBe(false);
    expect(isJsonSchemaRejection(error(500, 'json_schema backend crashed'))).toBe(false);
    expect(isJsonSchemaRejection(new Error('response_format json_schema is not supported'))).toBe(false);
  });
});

describe('StructuredOutputSupport', () => {
  const refusal = Object.assign(new Error('response_format json_schema is not supported'), { status: 400 });

  it('auto: json_schema until refused, then tool_call for good', () => {
    const support = new StructuredOutputSupport('auto');
    expect(support.mode).toBe('json_schema');
    expect(support.fallBackAfter(new Error('socket hang up'))).toBe(false);
    expect(support.mode).toBe('json_schema');
    expect(support.fallBackAfter(refusal)).toBe(true);
    expect(support.mode).toBe('tool_call');
    expect(support.jsonSchemaRejected).toBe(true);
  });

  it('json_schema never falls back; tool_call never asks', () => {
    const forced = new StructuredOutputSupport('json_schema');
    expect(forced.fallBackAfter(refusal)).toBe(false);
    expect(forced.mode).toBe('json_schema');
    expect(new StructuredOutputSupport('tool_call').mode).toBe('tool_call');
  });
});

import type { AIMessage } from '@langchain/core/messages';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Gazetteer } from '../../agents/intake/parse-request.js';
import { createOfflineModel } from '../../agents/offline/offline-policies.js';
import {
  chooseFault,
  corruptTurn,
  FAULT_KINDS,
  type FaultKind,
  FaultOptions,
  type FaultOptionsInput,
  isContentFault,
} from './fault-plan.js';
import {
  contentText,
  conversationProblem,
  lastTurnWasFault,
  toLangChainMessages,
  toWireToolCalls,
} from './openai-messages.js';
import { completionToSse } from './openai-sse.js';
import {
  type ChatCompletion,
  ChatCompletionRequest,
  errorBody,
  estimateTokens,
  type OpenAiErrorType,
} from './openai-wire.schema.js';

export interface OpenAiCompatibleServerOptions {
  /** The world's cities and regions: the offline intake policy's vocabulary. */
  gazetteer: Gazetteer;
  /** Simulated model latency per completion. Default 0. */
  latencyMs?: number;
  /** Model names the server answers to (GET /v1/models); others get 404 model_not_found. Default ['offline-policy']. */
  models?: string[];
  /** Injected failures; none by default. */
  faults?: FaultOptionsInput;
  /**
   * Refuse `response_format: json_schema` with a 400, as servers without structured outputs do
   * (clients then fall back to tool calls). Default false: the policy answers in JSON content.
   */
  rejectJsonSchema?: boolean;
  /** Port on 127.0.0.1. Default 0 (the kernel picks a free one). */
  port?: number;
  /** Called as each request is recorded, before it is answered (lets a test await arrival). */
  onRequest?: (request: RecordedRequest) => void;
}

export interface RecordedRequest {
  /** Arrival order over all requests, 0-based. */
  seq: number;
  /** Arrival time, ms since the epoch (tests measure retry gaps with it). */
  at: number;
  method: string;
  path: string;
  /** As received, minus `authorization` (the client's key stays out of test logs). */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, the raw text when it is not JSON, undefined without a body. */
  body: unknown;
  /** The fault injected into this request's answer, if any. */
  fault?: FaultKind;
}

export interface OpenAiServerStats {
  /** Every HTTP request, any path. */
  requests: number;
  /** POST /v1/chat/completions requests (the index faults are planned on). */
  completions: number;
  faults: Record<FaultKind, number>;
  /** Content faults not injected because the conversation's previous turn already was one. */
  sparedRepeatFaults: number;
  /** Completion requests with `response_format: json_schema`, and how many of them were refused. */
  jsonSchemaRequests: number;
  jsonSchemaRejections: number;
}

export interface RunningOpenAiServer {
  /** Base URL for OpenAI clients, ending in /v1. */
  url: string;
  port: number;
  received: RecordedRequest[];
  stats(): OpenAiServerStats;
  /** Stops listening and destroys open sockets, including ones held by a timeout fault. */
  close(): Promise<void>;
}

const DEFAULT_MODELS = ['offline-policy'];
/** Whole agent histories travel in every request; the itinerary agent's grow large. */
const BODY_LIMIT_BYTES = 64 * 1024 * 1024;
/** Marks the tool-call ids of injected faults, so the server recognises them when they come back. */
const FAULT_ID_PREFIX = 'call_fault_';

function fail(reply: FastifyReply, status: number, type: OpenAiErrorType, message: string, code?: string) {
  return reply.code(status).send(errorBody(type, message, code ?? null));
}

/**
 * A local OpenAI-compatible endpoint (loopback only) backed by the offline model, for tests,
 * benchmarks and demos of the hosted-model path: real HTTP, real ChatOpenAI, scripted faults.
 */
export async function startOpenAiCompatibleServer(
  options: OpenAiCompatibleServerOptions,
): Promise<RunningOpenAiServer> {
  const models = options.models ?? DEFAULT_MODELS;
  const faults = options.faults ? FaultOptions.parse(options.faults) : undefined;
  const offline = createOfflineModel({ gazetteer: options.gazetteer, latencyMs: options.latencyMs });
  const received: RecordedRequest[] = [];
  const stats: OpenAiServerStats = {
    requests: 0,
    completions: 0,
    faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
    sparedRepeatFaults: 0,
    jsonSchemaRequests: 0,
    jsonSchemaRejections: 0,
  };

  const record = (request: FastifyRequest): RecordedRequest => {
    const { authorization: _secret, ...headers } = request.headers;
    let body: unknown = request.body === '' ? undefined : request.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // Kept as text: a test may want to see exactly what the malformed request carried.
      }
    }
    const entry: RecordedRequest = {
      seq: received.length,
      at: Date.now(),
      method: request.method,
      path: request.url,
      headers,
      body,
    };
    received.push(entry);
    stats.requests += 1;
    options.onRequest?.(entry);
    return entry;
  };

  // forceCloseConnections: close() must not wait for sockets a timeout fault holds open.
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT_BYTES, forceCloseConnections: true });
  // The body is parsed in the handler, so even a request that is not JSON gets recorded.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.setNotFoundHandler((request, reply) => {
    record(request);
    return fail(reply, 404, 'not_found_error', `Unknown route ${request.method} ${request.url}`);
  });
  // Fastify's own failures (body too large, …) in the OpenAI error shape clients parse.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    const type = status < 500 ? 'invalid_request_error' : 'server_error';
    return fail(reply, status, type, error.message, error.code);
  });

  app.get('/v1/models', async (request) => {
    record(request);
    return {
      object: 'list',
      data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'offline' })),
    };
  });

  app.post('/v1/chat/completions', async (request, reply) => {
    const entry = record(request);
    const index = stats.completions;
    stats.completions += 1;
    const parsed = ChatCompletionRequest.safeParse(entry.body);
    if (!parsed.success) {
      const param = parsed.error.issues[0]?.path.join('.') ?? null;
      return reply
        .code(400)
        .send(errorBody('invalid_request_error', z.prettifyError(parsed.error), 'invalid_request', param));
    }
    const body = parsed.data;
    if (!models.includes(body.model)) {
      const message = `The model \`${body.model}\` does not exist or you do not have access to it.`;
      return fail(reply, 404, 'invalid_request_error', message, 'model_not_found');
    }
    const problem = conversationProblem(body.messages);
    if (problem) return fail(reply, 400, 'invalid_request_error', problem, 'invalid_tool_messages');
    const format = body.response_format;
    if (format?.type === 'json_object') {
      const message = 'response_format json_object is not supported by the offline policies; use json_schema';
      return fail(reply, 400, 'invalid_request_error', message);
    }
    const jsonAnswer = format?.type === 'json_schema' ? format : undefined;
    if (jsonAnswer) {
      stats.jsonSchemaRequests += 1;
      if (options.rejectJsonSchema) {
        stats.jsonSchemaRejections += 1;
        // Worded like the servers that lack structured outputs: no code, no param.
        return fail(reply, 400, 'invalid_request_error', 'response_format json_schema is not supported');
      }
    }

    let fault = faults ? chooseFault(faults, index) : undefined;
    // A conversation never gets two content faults in a row, so the server alone can never exhaust
    // an agent's tool-error budget: the turn after a mistake is always the corrected one.
    if (fault && isContentFault(fault) && lastTurnWasFault(body.messages, FAULT_ID_PREFIX)) {
      stats.sparedRepeatFaults += 1;
      fault = undefined;
    }
    if (fault === '429' || fault === '500' || fault === 'timeout') {
      entry.fault = fault;
      stats.faults[fault] += 1;
      if (fault === 'timeout') {
        // Never answer: the client's own timeout must fire. close() destroys the socket.
        reply.hijack();
        return;
      }
      if (fault === '429') {
        const seconds = faults?.retryAfterSeconds ?? 1;
        reply.header('retry-after', String(seconds));
        return fail(
          reply,
          429,
          'rate_limit_error',
          `Rate limit reached; retry after ${seconds}s.`,
          'rate_limit_exceeded',
        );
      }
      return fail(reply, 500, 'server_error', 'The server had an error while processing your request.');
    }

    // The client hanging up (its timeout, an abort) stops the simulated latency too.
    const abort = new AbortController();
    reply.raw.once('close', () => {
      if (!reply.raw.writableFinished) abort.abort();
    });
    // tool_choice and parallel_tool_calls are recorded, not enforced: the policies decide each turn.
    const tools = body.tools ?? [];
    let ai: AIMessage;
    try {
      // With a json_schema format the policy's final answer comes back as JSON content.
      const bound = offline.bindTools(tools, jsonAnswer && { response_format: jsonAnswer });
      ai = (await bound.invoke(toLangChainMessages(body.messages, FAULT_ID_PREFIX), {
        signal: abort.signal,
      })) as AIMessage;
    } catch (error) {
      if (abort.signal.aborted) {
        reply.hijack();
        return;
      }
      // The offline model's policies are deterministic: retrying the same conversation cannot help.
      const message = `The offline model cannot answer this conversation: ${(error as Error).message}`;
      return fail(reply, 400, 'invalid_request_error', message, 'unsupported_conversation');
    }

    let toolCalls = toWireToolCalls(ai, `call_${index}_`);
    let content = contentText(typeof ai.content === 'string' ? ai.content : '');
    if (fault && isContentFault(fault)) {
      const idPrefix = `${FAULT_ID_PREFIX}${index}_`;
      const corrupted = corruptTurn(fault, { content, toolCalls }, tools, idPrefix, jsonAnswer !== undefined);
      ({ content, toolCalls } = corrupted);
      entry.fault = corrupted.kind;
      stats.faults[corrupted.kind] += 1;
    }
    const promptTokens = estimateTokens(JSON.stringify({ messages: body.messages, tools, format }));
    const completionTokens = estimateTokens(content + JSON.stringify(toolCalls));
    const completion: ChatCompletion = {
      id: `chatcmpl-offline-${index}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      system_fingerprint: 'offline-policy',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: content === '' && toolCalls.length > 0 ? null : content,
            ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
            refusal: null,
          },
          finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    };
    if (!body.stream) return completion;
    const includeUsage = body.stream_options?.include_usage === true;
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(completionToSse(completion, includeUsage));
  });

  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    port: address.port,
    received,
    stats: () => structuredClone(stats),
    close: () => app.close(),
  };
}

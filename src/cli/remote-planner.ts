import { randomUUID } from 'node:crypto';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { TripRequest } from '../../tools/domain/trip-spec.schema.js';
import { PublicTrip, type TripStatus } from '../trips/trip.schema.js';
import { CliError, describeNetworkError, EXIT, innermostMessage } from './cli-error.js';
import { ideaLines } from './plan-report.js';

export interface RemoteOptions {
  /** The API's base URL, e.g. http://127.0.0.1:3000 */
  server: string;
  apiKey: string;
  onProgress?: (line: string) => void;
  /** Called when the trip's event stream shows any activity (the CLI's wait ticker restarts). */
  onActivity?: () => void;
  /** Answers a question; undefined means "cannot answer" and the trip is returned as needs_input. */
  answer: (question: string) => Promise<string | undefined>;
}

export class RemoteApiError extends Error {
  override readonly name = 'RemoteApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Statuses at which the client stops following the event stream. */
const SETTLED: readonly TripStatus[] = ['completed', 'failed', 'cancelled', 'needs_input'];

/** The API's own words for a refusal ("invalid body (fields.travellers: …)"), else its body as text. */
function refusal(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { code?: unknown; message?: unknown };
    if (typeof parsed.message === 'string')
      return `${status} ${String(parsed.code ?? '')}: ${parsed.message}`;
  } catch {
    // not JSON: shown as it came
  }
  return `${status} ${body.slice(0, 200)}`;
}

async function call(options: RemoteOptions, path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(new URL(path, options.server), {
      ...init,
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    const why = describeNetworkError(cause) ?? innermostMessage(cause);
    throw new CliError('unreachable', `cannot reach the API at ${options.server}: ${why}`, EXIT.crash, {
      cause,
    });
  }
  if (!response.ok && response.status !== 202) {
    const body = await response.text();
    throw new RemoteApiError(
      response.status,
      `the API refused ${init.method ?? 'GET'} ${path}: ${refusal(response.status, body)}`,
    );
  }
  return response;
}

/**
 * Follows /events until the trip settles. The stream is resumed with Last-Event-ID when the
 * connection drops, so no event is shown twice or missed.
 */
async function follow(
  options: RemoteOptions,
  tripId: string,
  lastEventId: string | undefined,
): Promise<string | undefined> {
  let last = lastEventId;
  for (;;) {
    const controller = new AbortController();
    const response = await call(options, `/v1/trips/${tripId}/events`, {
      headers: { accept: 'text/event-stream', ...(last ? { 'last-event-id': last } : {}) },
      signal: controller.signal,
    });
    if (!response.body) throw new RemoteApiError(response.status, 'the event stream has no body');
    const events = response.body
      .pipeThrough(new TextDecoderStream())
      .pipeThrough(new EventSourceParserStream());
    try {
      for await (const message of events) {
        last = message.id ?? last;
        options.onActivity?.();
        const event = JSON.parse(message.data) as {
          type: string;
          message: string;
          status?: TripStatus;
          agent?: string;
          node?: string;
        };
        const who = event.agent ?? event.node ?? event.status ?? '';
        options.onProgress?.(`  ${event.type === 'status' ? '•' : '›'} ${who.padEnd(9)} ${event.message}`);
        if (event.type === 'status' && event.status && SETTLED.includes(event.status)) {
          controller.abort();
          return last;
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  }
}

/** Submits a trip to a running API, shows its progress, answers its questions, and returns it. */
export async function planRemotely(options: RemoteOptions, request: TripRequest): Promise<PublicTrip> {
  const submitted = await call(options, '/v1/trips', {
    method: 'POST',
    // Safe to retry: a resubmission with the same key returns the same trip.
    headers: { 'idempotency-key': randomUUID() },
    body: JSON.stringify(request),
  });
  const { id } = (await submitted.json()) as { id: string };
  options.onProgress?.(`  • submitted as ${id}`);
  let last: string | undefined;
  for (;;) {
    last = await follow(options, id, last);
    const trip = PublicTrip.parse(await (await call(options, `/v1/trips/${id}`)).json());
    if (trip.status !== 'needs_input' || !trip.question) return trip;
    const reply = await options.answer([trip.question.question, ...ideaLines(trip.question)].join('\n'));
    if (reply === undefined) return trip;
    await call(options, `/v1/trips/${id}/resume`, { method: 'POST', body: JSON.stringify({ text: reply }) });
  }
}

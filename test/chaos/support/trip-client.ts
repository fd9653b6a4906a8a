import { setTimeout as delay } from 'node:timers/promises';
import { SseReader } from '../../src/api/support/sse-reader.js';

/** EventSource's default reconnection delay: a broken stream is retried after this long. */
const RECONNECT_MS = 250;

export const FINAL = new Set(['completed', 'failed', 'cancelled']);

export interface TripView {
  id: string;
  status: string;
  question?: { question: string } | null;
  plan?: { spec: { travellers: number } } | null;
  error?: { code: string; message: string } | null;
}

export async function submit(
  url: string,
  auth: Record<string, string>,
  body: unknown,
): Promise<{ status: number; id?: string; body: unknown }> {
  const response = await fetch(`${url}/v1/trips`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as { id?: string } | null;
  return { status: response.status, id: json?.id, body: json };
}

export async function getTrip(url: string, auth: Record<string, string>, id: string): Promise<TripView> {
  const response = await fetch(`${url}/v1/trips/${id}`, { headers: auth });
  if (!response.ok) throw new Error(`GET trip ${id} answered ${response.status}`);
  return (await response.json()) as TripView;
}

/**
 * Follows a trip's events until its final status event (or until it waits for an answer), resuming
 * with Last-Event-ID whenever the stream breaks or the server ends an idle one (an API restart, a
 * Redis restart). Bounded: gives up after `timeoutMs`.
 */
export async function followToEnd(
  url: string,
  auth: Record<string, string>,
  id: string,
  options: { stopAtNeedsInput?: boolean; timeoutMs?: number } = {},
): Promise<{ finalEvents: number; lastStatus: string | null }> {
  let lastId = '0';
  let finalEvents = 0;
  let lastStatus: string | null = null;
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    if (attempt > 0) await delay(RECONNECT_MS);
    let reader: SseReader;
    try {
      reader = await SseReader.open(`${url}/v1/trips/${id}/events`, { ...auth, 'last-event-id': lastId });
    } catch {
      continue;
    }
    if (reader.response.status === 204) return { finalEvents, lastStatus };
    if (reader.response.status !== 200) {
      // 503 while Redis is away, 429 over the stream cap: try again after the reconnect delay.
      reader.cancel();
      continue;
    }
    try {
      for (;;) {
        const frame = await reader.nextEvent();
        if (frame === null) break;
        if (frame.id) lastId = frame.id;
        const event = JSON.parse(frame.data ?? '{}') as { type?: string; status?: string };
        if (event.type !== 'status' || !event.status) continue;
        lastStatus = event.status;
        if (FINAL.has(event.status)) finalEvents++;
        if (options.stopAtNeedsInput && event.status === 'needs_input') {
          reader.cancel();
          return { finalEvents, lastStatus };
        }
      }
    } catch {
      // A broken stream (server restart): resume after the last id seen.
    }
    reader.cancel();
    if (lastStatus && FINAL.has(lastStatus)) return { finalEvents, lastStatus };
  }
  return { finalEvents, lastStatus };
}

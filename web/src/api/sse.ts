import { createParser } from 'eventsource-parser';

export interface TripEventMessage {
  id: string;
  type: string;
  message: string;
  status?: string;
  agent?: string;
  node?: string;
  at: string;
}

/**
 * Follows a trip's events with fetch, because EventSource cannot send an Authorization header
 * and an API key must never go in a URL. Reconnects from the last id (Last-Event-ID) until the
 * server ends the stream after a final status, or `signal` aborts.
 */
export async function followTripEvents(
  tripId: string,
  apiKey: string,
  onEvent: (event: TripEventMessage) => void,
  signal: AbortSignal,
): Promise<void> {
  let lastId: string | undefined;
  let finished = false;
  while (!finished && !signal.aborted) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${apiKey}`,
      accept: 'text/event-stream',
    };
    if (lastId) headers['last-event-id'] = lastId;
    let response: Response;
    try {
      response = await fetch(`/v1/trips/${encodeURIComponent(tripId)}/events`, { headers, signal });
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    if (!response.ok || !response.body) throw new Error(`events stream answered ${response.status}`);
    let received = 0;
    const parser = createParser({
      onEvent(message) {
        received += 1;
        if (message.id) lastId = message.id;
        const data = JSON.parse(message.data) as Omit<TripEventMessage, 'id'>;
        onEvent({ id: message.id ?? '', ...data });
        if (data.type === 'status' && ['completed', 'failed', 'cancelled'].includes(data.status ?? '')) {
          finished = true;
        }
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    // The server also ends a quiet stream (a trip waiting for an answer): follow on, pausing when
    // a stream brought nothing so an idle trip costs one request a second at most.
    if (!finished && received === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** One Server-Sent Events block: an event, a comment (heartbeat) or a retry hint. */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
  retry?: number;
}

function parseFrame(block: string): SseFrame {
  const frame: SseFrame = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) frame.comment = line.slice(1).trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') frame.id = value;
    else if (field === 'event') frame.event = value;
    else if (field === 'data') frame.data = frame.data === undefined ? value : `${frame.data}\n${value}`;
    else if (field === 'retry') frame.retry = Number(value);
  }
  return frame;
}

/** Reads an SSE response frame by frame, the way EventSource does, over a real connection. */
export class SseReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();
  private constructor(
    readonly response: Response,
    private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null,
    private readonly abort: AbortController,
  ) {}

  static async open(url: string, headers: Record<string, string>): Promise<SseReader> {
    const abort = new AbortController();
    const response = await fetch(url, { headers, signal: abort.signal });
    return new SseReader(response, response.body?.getReader() ?? null, abort);
  }

  /** The next frame of any kind, or null when the server ended the stream. */
  async nextFrame(): Promise<SseFrame | null> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end !== -1) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        return parseFrame(block);
      }
      if (!this.reader) return null;
      const { done, value } = await this.reader.read();
      if (done) return null;
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  /** The next event (skipping heartbeats and retry hints), or null at the end of the stream. */
  async nextEvent(): Promise<SseFrame | null> {
    for (;;) {
      const frame = await this.nextFrame();
      if (frame === null || frame.id !== undefined) return frame;
    }
  }

  /** Every remaining event until the server ends the stream. */
  async rest(): Promise<SseFrame[]> {
    const events: SseFrame[] = [];
    for (let e = await this.nextEvent(); e !== null; e = await this.nextEvent()) events.push(e);
    return events;
  }

  /** Goes away like a closed browser tab. */
  cancel(): void {
    this.abort.abort();
  }
}

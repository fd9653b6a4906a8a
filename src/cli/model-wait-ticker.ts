/** What the ticker needs of a terminal; stderr in the CLI, a fake in tests. */
export interface TickerOutput {
  write(text: string): void;
}

export interface ModelWaitTickerOptions {
  output: TickerOutput;
  /** Silence (no progress line) after which the wait is shown. Default 1000 ms. */
  thresholdMs?: number;
  /** How often the shown wait is updated. Default 1000 ms. */
  intervalMs?: number;
  now?: () => number;
}

export interface ModelWaitTicker {
  /** Call before each progress line: clears a shown wait and restarts the count. */
  activity(): void;
  /** Clears a shown wait and the timer (the process can then exit). */
  stop(): void;
}

/** Erases the current terminal line: the wait is redrawn in place, not added line after line. */
const CLEAR_LINE = '\r\x1b[K';

/**
 * Shows "… waiting for the model (3 s)" on a terminal when no progress line has come for over a
 * second: between an agent's steps the time goes to the model call under way, and a silent
 * terminal looks hung. Only for a TTY (the caller decides); never in --json output.
 */
export function createModelWaitTicker(options: ModelWaitTickerOptions): ModelWaitTicker {
  const threshold = options.thresholdMs ?? 1000;
  const now = options.now ?? Date.now;
  let since = now();
  let shown = false;
  const timer = setInterval(() => {
    const waited = now() - since;
    if (waited < threshold) return;
    options.output.write(`${CLEAR_LINE}  … waiting for the model (${Math.floor(waited / 1000)} s)`);
    shown = true;
  }, options.intervalMs ?? 1000);
  // The ticker never keeps the process alive on its own.
  timer.unref();
  const clear = () => {
    if (shown) options.output.write(CLEAR_LINE);
    shown = false;
  };
  return {
    activity() {
      clear();
      since = now();
    },
    stop() {
      clear();
      clearInterval(timer);
    },
  };
}

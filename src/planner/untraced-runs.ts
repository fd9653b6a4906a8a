import { CallbackManager } from '@langchain/core/callbacks/manager';
import { AsyncLocalStorageProviderSingleton } from '@langchain/core/singletons';
import { langSmithTracingConfigured } from '../config.js';

/*
 * LangChain runs every graph node, channel write and edge inside
 * `AsyncLocalStorageProviderSingleton.runWithConfig`, which, when no LangSmith tracer is attached,
 * still builds a LangSmith `RunTree` with `tracingEnabled: false` only to carry the config (and to
 * keep tracing off below it). A RunTree reads a dozen environment variables, makes a UUIDv7 from
 * random bytes and formats dates: about 9% of a plan's CPU, more than the serializer. Without
 * tracing configured the carrier needs none of that, so it becomes a plain object with the two
 * things its readers look at: `extra[lc:child_config]` (getConfig, interrupt) and `tracingEnabled`
 * (CallbackManager keeps tracers off beneath it). Runs that have a tracer, and processes with
 * tracing configured, go the library's own way.
 */

const tracingConfigured = () => langSmithTracingConfigured();

const LC_CHILD_KEY = Symbol.for('lc:child_config');
const CONTEXT_VARIABLES_KEY = Symbol.for('lc:context_variables');

type Provider = typeof AsyncLocalStorageProviderSingleton;
type RunWithConfig = Provider['runWithConfig'];

let restore: (() => void) | undefined;
/** Cleared by `uninstallUntracedRuns`, so runs that follow keep the library's way. */
let allowed = true;

/**
 * Idempotent; a no-op while LangSmith tracing is configured in the environment. `again` lifts an
 * `uninstallUntracedRuns`.
 */
export function installUntracedRuns(again = false): void {
  if (again) allowed = true;
  if (restore !== undefined || !allowed || tracingConfigured()) return;
  const provider: Provider = AsyncLocalStorageProviderSingleton;
  const own = Object.hasOwn(provider, 'runWithConfig');
  const method = provider.runWithConfig;
  restore = () => {
    if (own) provider.runWithConfig = method;
    else delete (provider as Partial<Provider>).runWithConfig;
    restore = undefined;
  };
  const original: RunWithConfig = method.bind(provider);
  const light: RunWithConfig = (config, callback, avoidCreatingRootRunTree) => {
    // Without callbacks no tracer can be attached (tracing is off in the environment).
    if (config?.callbacks !== undefined && hasTracer(config))
      return original(config, callback, avoidCreatingRootRunTree);
    return carry();

    function carry() {
      const storage = provider.getInstance();
      const previous = storage.getStore() as Record<symbol, unknown> | undefined;
      let store: Record<string | symbol, unknown> | undefined = avoidCreatingRootRunTree
        ? undefined
        : { tracingEnabled: false, extra: { [LC_CHILD_KEY]: config } };
      if (previous !== undefined && previous[CONTEXT_VARIABLES_KEY] !== undefined) {
        store ??= {};
        store[CONTEXT_VARIABLES_KEY] = previous[CONTEXT_VARIABLES_KEY];
      }
      return storage.run(store, callback);
    }
  };
  provider.runWithConfig = light;
}

/**
 * Puts the library's own `runWithConfig` back and keeps it until `installUntracedRuns(true)`: for
 * benchmarks that compare against LangGraph as shipped.
 */
export function uninstallUntracedRuns(): void {
  allowed = false;
  restore?.();
}

/** Whether the callbacks of `config` resolve to a LangSmith tracer (the library's own test). */
function hasTracer(config: Parameters<RunWithConfig>[0]): boolean {
  const manager = CallbackManager._configureSync(
    config?.callbacks,
    undefined,
    config?.tags,
    undefined,
    config?.metadata,
  );
  return manager?.handlers?.some((handler) => handler?.name === 'langchain_tracer') ?? false;
}

import { CheckpointSaverError } from './checkpoint-saver-error.js';

/**
 * Key layout of the checkpoint saver. Every key of a thread carries the thread id in one hash tag
 * (`{…}`), so a thread's keys share a slot and one MULTI/script may touch them all:
 *
 *   <prefix>cp:{<thread>}:keys             set    every other key of the thread (retention, delete, bytes)
 *   <prefix>cp:{<thread>}:ns               zset   the thread's checkpoint namespaces (score 0, lex order)
 *   <prefix>cp:{<thread>}:<ns>:idx         zset   checkpoint ids of one namespace (score 0; uuid6 ids
 *                                                 sort lexicographically by time, so lex order = age)
 *   <prefix>cp:{<thread>}:<ns>:blobs       hash   `[channel, version]` → channel value; a value is
 *                                                 stored once per version, not once per checkpoint
 *   <prefix>cp:{<thread>}:<ns>:cp:<id>     hash   `checkpoint`, `metadata`, `parent` of one checkpoint
 *   <prefix>cp:{<thread>}:<ns>:w:<id>      hash   `<taskId>,<idx>` → pending write against checkpoint <id>
 *
 * Segments are URI-encoded, so they never contain `:`, `{` or `}` and no two ids share a key.
 * There is deliberately no global key: every key belongs to exactly one thread, so expiring or
 * deleting a thread leaves nothing behind.
 */
export interface CheckpointKeys {
  registry(threadId: string): string;
  namespaces(threadId: string): string;
  index(threadId: string, ns: string): string;
  blobs(threadId: string, ns: string): string;
  checkpoint(threadId: string, ns: string, checkpointId: string): string;
  writes(threadId: string, ns: string, checkpointId: string): string;
  /** A SCAN MATCH pattern hitting exactly the `:ns` key of every thread under the prefix. */
  readonly namespacesPattern: string;
  /** The thread id of a key matched by `namespacesPattern`, or undefined for any other key. */
  threadIdOfNamespacesKey(key: string): string | undefined;
}

function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch (cause) {
    // encodeURIComponent rejects lone surrogates; such an id cannot be stored faithfully.
    throw new CheckpointSaverError('invalid-config', `not a well-formed string: ${JSON.stringify(value)}`, {
      cause,
    });
  }
}

/** Escapes the characters SCAN MATCH treats as glob syntax. */
function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

export function checkpointKeys(prefix: string): CheckpointKeys {
  // A brace in the prefix would become the hash tag and split a thread's keys across slots.
  if (prefix.includes('{') || prefix.includes('}'))
    throw new CheckpointSaverError('invalid-options', `prefix must not contain braces: ${prefix}`);
  const root = `${prefix}cp:`;
  const thread = (threadId: string) => `${root}{${segment(threadId)}}`;
  const inNamespace = (threadId: string, ns: string) => `${thread(threadId)}:${segment(ns)}`;
  const namespacesSuffix = '}:ns';
  return {
    registry: (threadId) => `${thread(threadId)}:keys`,
    namespaces: (threadId) => `${thread(threadId)}:ns`,
    index: (threadId, ns) => `${inNamespace(threadId, ns)}:idx`,
    blobs: (threadId, ns) => `${inNamespace(threadId, ns)}:blobs`,
    checkpoint: (threadId, ns, id) => `${inNamespace(threadId, ns)}:cp:${segment(id)}`,
    writes: (threadId, ns, id) => `${inNamespace(threadId, ns)}:w:${segment(id)}`,
    namespacesPattern: `${escapeGlob(root)}{*${namespacesSuffix}`,
    threadIdOfNamespacesKey(key) {
      if (!key.startsWith(`${root}{`) || !key.endsWith(namespacesSuffix)) return undefined;
      const encoded = key.slice(root.length + 1, key.length - namespacesSuffix.length);
      // Encoded ids hold no braces, so anything else matched the glob by accident.
      if (encoded.includes('}') || encoded.includes('{')) return undefined;
      try {
        return decodeURIComponent(encoded);
      } catch {
        return undefined; // a foreign key that happens to match the pattern
      }
    },
  };
}

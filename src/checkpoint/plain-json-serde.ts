import { JsonPlusSerializer } from '@langchain/langgraph-checkpoint';

/**
 * Deeper than any state this service keeps; past it the walk hands over to JsonPlusSerializer,
 * which is also how a cycle (infinitely deep to a walk) ends up there.
 */
const MAX_DEPTH = 64;

/**
 * Whether JSON.stringify alone writes `value` exactly as JsonPlusSerializer does: only plain
 * objects, arrays, strings, numbers, booleans and null, with no `undefined` (JsonPlus keeps it as
 * a record) and no `lg_name` key (JsonPlus rewrites Send-like objects).
 */
function isPlainJson(value: unknown, depth: number): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    // Indexed reads see holes as undefined, which sends a sparse array to JsonPlus too.
    for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (key === 'lg_name' || !isPlainJson(record[key], depth + 1)) return false;
  }
  return true;
}

/**
 * Whether JSON.parse alone reads `text` back as JsonPlusSerializer does: its reviver only changes
 * objects with an `lc` key (and mishandles a `__proto__` key), and JSON.stringify writes both keys
 * literally. A `\u` escape could spell either, so text with one goes the long way too.
 */
function needsReviver(text: string): boolean {
  return text.includes('"lc"') || text.includes('"__proto__"') || text.includes('\\u');
}

function utf8(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
}

/**
 * LangGraph's JsonPlusSerializer, byte for byte, without its cost on plain data. JsonPlus walks a
 * value to find cycles, stringifies it through a JS replacer called for every node, and reads it
 * back through an async reviver that awaits every node: most of a checkpoint's CPU. Trip state is
 * plain JSON, so plain values are written by JSON.stringify alone and records holding no revivable
 * object are read by JSON.parse alone; everything else (messages, Send, Command, Set, Map,
 * undefined, …) goes to JsonPlus. Records are the same `json` type and the same bytes either way,
 * so a saver with or without this serializer reads the other's checkpoints.
 */
export class PlainJsonSerializer extends JsonPlusSerializer {
  override async dumpsTyped(obj: unknown): Promise<[string, Uint8Array]> {
    if (isPlainJson(obj, 0)) return ['json', this.plainBytes(JSON.stringify(obj))];
    return super.dumpsTyped(obj);
  }

  /** How plain JSON text is stored: as its UTF-8 bytes. */
  protected plainBytes(text: string): Uint8Array {
    return Buffer.from(text, 'utf8');
  }

  // biome-ignore lint/suspicious/noExplicitAny: the signature SerializerProtocol declares
  override async loadsTyped(type: string, data: Uint8Array | string): Promise<any> {
    if (type !== 'json') return super.loadsTyped(type, data);
    const text = typeof data === 'string' ? data : utf8(data);
    return needsReviver(text) ? super.loadsTyped(type, text) : JSON.parse(text);
  }
}

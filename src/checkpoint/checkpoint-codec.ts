import { CheckpointSaverError } from './checkpoint-saver-error.js';

/**
 * Binary records stored in Redis hash values. Serializers return `[type, bytes]` and the bytes
 * need not be UTF-8 (a custom serde may emit msgpack), so values are length-prefixed frames
 * rather than JSON or text: Redis strings are binary-safe and so is this format.
 *
 *   record = FORMAT (1 byte) · frame*
 *   frame  = length (uint32 big-endian) · bytes
 */
const FORMAT = 1;
const HEADER = 1;
const LENGTH = 4;

/** What `SerializerProtocol.dumpsTyped` returns and `loadsTyped` takes. */
export type TypedValue = [type: string, bytes: Uint8Array];

/** One pending write as stored; task id and index live in the hash field name. */
export interface StoredWrite {
  channel: string;
  /** The task's path, `""` for writes without one (input, `Command` updates). */
  taskPath: string;
  value: TypedValue;
}

function corrupt(what: string): CheckpointSaverError {
  return new CheckpointSaverError('corrupt-record', `stored checkpoint record is damaged: ${what}`);
}

export function encodeFrames(parts: readonly (string | Uint8Array)[]): Buffer {
  const buffers = parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
  const out = Buffer.allocUnsafe(HEADER + buffers.reduce((sum, b) => sum + LENGTH + b.byteLength, 0));
  out.writeUInt8(FORMAT, 0);
  let offset = HEADER;
  for (const b of buffers) {
    out.writeUInt32BE(b.byteLength, offset);
    offset += LENGTH;
    out.set(b, offset);
    offset += b.byteLength;
  }
  return out;
}

export function decodeFrames(record: Buffer, expected: number): Buffer[] {
  if (record.byteLength < HEADER || record.readUInt8(0) !== FORMAT) throw corrupt('unknown format');
  const frames: Buffer[] = [];
  let offset = HEADER;
  while (offset < record.byteLength) {
    if (offset + LENGTH > record.byteLength) throw corrupt('truncated frame header');
    const length = record.readUInt32BE(offset);
    offset += LENGTH;
    if (offset + length > record.byteLength) throw corrupt('truncated frame');
    frames.push(record.subarray(offset, offset + length));
    offset += length;
  }
  if (frames.length !== expected) throw corrupt(`expected ${expected} frames, found ${frames.length}`);
  return frames;
}

export function encodeTyped([type, bytes]: TypedValue): Buffer {
  return encodeFrames([type, bytes]);
}

export function decodeTyped(record: Buffer): TypedValue {
  const [type, bytes] = decodeFrames(record, 2) as [Buffer, Buffer];
  return [type.toString('utf8'), bytes];
}

/**
 * Marks a channel that has a version but no value at that version (e.g. a DeltaChannel between
 * snapshots): the zero-length record, which no encoded record can equal (those hold a header).
 */
export const EMPTY_BLOB = Buffer.alloc(0);

export function isEmptyBlob(record: Buffer): boolean {
  return record.byteLength === 0;
}

export function encodeWrite(write: StoredWrite): Buffer {
  return encodeFrames([write.channel, write.taskPath, write.value[0], write.value[1]]);
}

export function decodeWrite(record: Buffer): StoredWrite {
  const [channel, taskPath, type, bytes] = decodeFrames(record, 4) as [Buffer, Buffer, Buffer, Buffer];
  return {
    channel: channel.toString('utf8'),
    taskPath: taskPath.toString('utf8'),
    value: [type.toString('utf8'), bytes],
  };
}

/**
 * Field of a channel value in the blobs hash. JSON keeps `1` and `"1"` apart and cannot be
 * confused by a channel name containing a separator.
 */
export function blobField(channel: string, version: number | string): string {
  return JSON.stringify([channel, version]);
}

/** Field of a pending write: `taskId,idx`, as MemorySaver keys them (task ids may contain commas). */
export function writeField(taskId: string, idx: number): string {
  return `${taskId},${idx}`;
}

export function parseWriteField(field: string): { taskId: string; idx: number } {
  const comma = field.lastIndexOf(',');
  const idx = Number(field.slice(comma + 1));
  if (comma < 0 || !Number.isInteger(idx)) throw corrupt(`write field ${JSON.stringify(field)}`);
  return { taskId: field.slice(0, comma), idx };
}

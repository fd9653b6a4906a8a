import { PlainJsonSerializer } from '../checkpoint/plain-json-serde.js';

/**
 * PlainJsonSerializer that keeps plain JSON as text, for a saver that holds it in memory: UTF-8
 * bytes would be made at every write and decoded at every read only to be held. Every reader of
 * what a MemorySaver stores goes through `loadsTyped`, which takes text as well as bytes (the
 * SerializerProtocol says so); `dumpsTyped` is declared to give bytes, hence the cast.
 */
export class InMemoryJsonSerializer extends PlainJsonSerializer {
  protected override plainBytes(text: string): Uint8Array {
    return text as unknown as Uint8Array;
  }
}

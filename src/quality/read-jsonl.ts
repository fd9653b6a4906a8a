import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { QualityInputError } from './quality-input-error.js';

export interface JsonlRecord<T> {
  /** 1-based line number in the file, for messages and as a fallback query id. */
  line: number;
  value: T;
}

/** Every non-blank line of a JSONL file, parsed with `schema`; the first bad line stops the read. */
export async function readJsonl<T>(path: string, schema: z.ZodType<T>): Promise<JsonlRecord<T>[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new QualityInputError('unreadable-file', `cannot read ${path}: ${(cause as Error).message}`, {
      cause,
    });
  }
  const records: JsonlRecord<T>[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    const line = index + 1;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (cause) {
      throw new QualityInputError('malformed-line', `${path}:${line} is not JSON`, { cause });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new QualityInputError('malformed-line', `${path}:${line}: ${z.prettifyError(parsed.error)}`, {
        cause: parsed.error,
      });
    }
    records.push({ line, value: parsed.data });
  }
  return records;
}

export async function writeJsonl(path: string, values: readonly unknown[]): Promise<void> {
  await writeFile(path, values.map((v) => `${JSON.stringify(v)}\n`).join(''), 'utf8');
}

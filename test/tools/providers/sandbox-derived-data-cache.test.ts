import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDerived } from '../../../tools/providers/sandbox/derived-data-cache.js';

let root: string;
let file: string;
const cacheDir = () => join(root, 'node_modules', '.cache', 'trip-planner');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tp-derived-'));
  mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
  file = join(root, 'node_modules', 'pkg', 'rows.json');
  writeFileSync(file, '[1, 2, 3]');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readDerived: a package file derived once, then read from node_modules/.cache', () => {
  it('derives once and answers the same from the cache', () => {
    let derivations = 0;
    const derive = () => {
      derivations++;
      return { sum: 6, rows: [1, 2, 3] };
    };
    expect(readDerived(file, 'v1', derive)).toEqual({ sum: 6, rows: [1, 2, 3] });
    expect(readDerived(file, 'v1', derive)).toEqual({ sum: 6, rows: [1, 2, 3] });
    expect(derivations).toBe(1);
    expect(readdirSync(cacheDir())).toHaveLength(1);
  });

  it('derives anew when the deriving code or the file changes', () => {
    const seen: string[] = [];
    const derive = (tag: string) => () => {
      seen.push(tag);
      return tag;
    };
    readDerived(file, 'v1', derive('first'));
    expect(readDerived(file, 'v2', derive('new code'))).toBe('new code');
    writeFileSync(file, '[1, 2, 3, 4]');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(readDerived(file, 'v2', derive('new data'))).toBe('new data');
    expect(seen).toEqual(['first', 'new code', 'new data']);
  });

  it('derives every time for a file outside node_modules', () => {
    const outside = join(root, 'rows.json');
    writeFileSync(outside, '[]');
    let derivations = 0;
    for (let i = 0; i < 2; i++) readDerived(outside, 'v1', () => ++derivations);
    expect(derivations).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { placeKey } from '../../../tools/domain/place-name.js';

describe('placeKey', () => {
  it('folds accents, case, punctuation, "&" and Saint, the same on every call', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(placeKey('Saint Louis')).toBe('st louis');
      expect(placeKey('st. louis')).toBe('st louis');
      expect(placeKey('ST LOUIS')).toBe('st louis');
      expect(placeKey('  Zürich ')).toBe('zurich');
      expect(placeKey("Martha's Vineyard")).toBe('marthas vineyard');
      expect(placeKey('Turks & Caicos')).toBe('turks and caicos');
    }
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_PATH, generateApiTypes } from '../../web/scripts/openapi-document.js';

describe('the web app’s API types', () => {
  it('match the live OpenAPI document (run `npm run web:types` after changing an API schema)', async () => {
    const committed = await readFile(API_TYPES_PATH, 'utf8');
    const live = await generateApiTypes();
    // A plain equality, not a snapshot: the committed file is what the web app compiles against.
    expect(committed === live, 'web/src/api/schema.d.ts is stale: run `npm run web:types`').toBe(true);
  });
});

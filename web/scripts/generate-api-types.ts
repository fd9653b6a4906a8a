import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { API_TYPES_PATH, generateApiTypes } from './openapi-document.js';

/** `npm run web:types`: regenerates web/src/api/schema.d.ts from the API's OpenAPI document. */
const types = await generateApiTypes();
await writeFile(API_TYPES_PATH, types);
process.stdout.write(`wrote ${fileURLToPath(API_TYPES_PATH)} (${types.length} characters)\n`);

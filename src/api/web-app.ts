import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:web` writes the app (web/dist at the repository root). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The built web app's folder, or undefined when it has not been built (the API then serves no `/`). */
export function builtWebRoot(root: string = WEB_DIST): string | undefined {
  return existsSync(join(root, 'index.html')) ? root : undefined;
}

/**
 * Serves the single-page app at `/`. Files are looked up per request, so a rebuild is served without
 * a restart; a path that is no file falls through to the API's JSON 404 (routes such as /v1, /docs
 * and /admin are matched before this catch-all). The app routes by URL hash, so no fallback to
 * index.html is needed.
 */
export async function installWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    // Hashed assets never change; index.html must be re-read to pick up a new build.
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}

import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyPluginAsync } from 'fastify';
import type { Queues } from '../../jobs/queues.js';
import { createAdminAuthHook } from '../auth.js';

export interface AdminRoutesOptions {
  adminKey: string;
  queues: Queues;
}

export const ADMIN_QUEUES_PATH = '/admin/queues';

/**
 * Bull Board for operators at /admin/queues. Registered only when an admin key is configured, so
 * without one these routes do not exist (404). The key goes in `Authorization: Bearer <key>` or,
 * from a browser, as the password of HTTP Basic auth (any user name).
 */
export const adminRoutes: FastifyPluginAsync<AdminRoutesOptions> = async (app, options) => {
  app.addHook('onRequest', createAdminAuthHook(options.adminKey));
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(ADMIN_QUEUES_PATH);
  createBullBoard({
    queues: Object.values(options.queues).map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: ADMIN_QUEUES_PATH });
};

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, postJson, SAMPLE_REQUEST, startApi } from './support/api-harness.js';

describe('choosing a model per trip', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ allowedModels: ['gpt-4o-mini', 'offline-policy/1'] });
  });
  afterAll(() => api.close());

  it('accepts a model from the allow-list and keeps it with the trip', async () => {
    const { auth } = await api.keyFor('tenant-m');
    const response = await postJson(`${api.url}/v1/trips`, { ...SAMPLE_REQUEST, model: 'gpt-4o-mini' }, auth);
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    expect((await api.store.get(id))?.request.model).toBe('gpt-4o-mini');
  });

  it('refuses any other model with 400 naming the allowed ones, and queues nothing', async () => {
    const { auth } = await api.keyFor('tenant-m');
    const before = await api.queues.plan.getJobCounts('waiting');
    const response = await postJson(`${api.url}/v1/trips`, { ...SAMPLE_REQUEST, model: 'gpt-9-ultra' }, auth);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'model_not_allowed',
      message: 'model "gpt-9-ultra" is not allowed; choose one of: gpt-4o-mini, offline-policy/1',
    });
    expect(await api.queues.plan.getJobCounts('waiting')).toEqual(before);
  });
});

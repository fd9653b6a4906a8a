import { once } from 'node:events';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import type { Redis } from 'ioredis';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyStore } from '../../src/tenancy/api-keys.js';
import { createRedisWorldTimeline } from '../../src/world/redis-timeline.js';
import type { Plan } from '../../tools/domain/plan.schema.js';
import { testRedis, testRedisUrl, uniquePrefix } from '../support/redis.js';
import { launchChromium, seriousViolations } from './support/browser.js';
import { type ServiceProcess, startService } from './support/service-process.js';

/** Screenshots kept for people to look at (gitignored). */
const ARTIFACTS = fileURLToPath(new URL('../artifacts/web/', import.meta.url));
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

let service: ServiceProcess;
let redis: Redis;
let prefix: string;
let apiKey: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let tripId: string;
/** A webhook receiver on loopback: answers 204 and hands each delivery to whoever waits for one. */
let receiver: Server;
const deliveries: { headers: IncomingHttpHeaders; body: string }[] = [];
let onDelivery: () => void = () => {};

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${service.url}${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function expectAccessible(label: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

beforeAll(async () => {
  // The app the API serves is the one built from this tree.
  await build({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
  await mkdir(ARTIFACTS, { recursive: true });
  redis = testRedis();
  prefix = uniquePrefix('web');
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body });
      response.writeHead(204).end();
      onDelivery();
    });
  }).listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  // The receiver is on loopback, which webhooks may reach only when the deployment allows it.
  service = await startService({
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: prefix,
    WEBHOOK_ALLOW_PRIVATE: 'true',
  });
  ({ key: apiKey } = await new ApiKeyStore(redis, prefix).create('web-tenant', 'browser test'));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  receiver?.close();
  await redis?.quit();
});

describe('the web app in chromium, against npm start', () => {
  it('is served at / by the API, which still answers unknown paths with its JSON 404', async () => {
    const index = await fetch(`${service.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const missing = await fetch(`${service.url}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('not_found');
  });

  it('signs in with an API key by keyboard, and the sign-in page passes the accessibility check', async () => {
    await page.goto(service.url);
    await expectAccessible('sign-in');
    // By keyboard alone: the skip link first, then the key field; Enter submits.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.id')).toBe('api-key');
    await page.keyboard.type(apiKey);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Plan a trip' }).isVisible()).toBe(true);
    expect(await page.evaluate('Object.keys(sessionStorage)')).toEqual(['trip-planner.api-key']);
  });

  it('plans a request that needs an answer: asks in the page, resumes, follows progress to completion', async () => {
    await page.getByLabel('Describe your trip').fill('a trip to Nashville for 2 people, budget $2,500');
    await page.getByRole('button', { name: 'Plan it' }).click();
    const answer = page.getByLabel('Your answer');
    await answer.waitFor({ timeout: 30_000 });
    tripId = /#\/trips\/(trp_\w+)/.exec(page.url())?.[1] ?? '';
    expect(tripId).not.toBe('');
    await expect.poll(() => page.getByTestId('trip-status').textContent()).toBe('needs input');
    await expectAccessible('question');
    await answer.fill('from Chicago, June 4-6 2027');
    await page.getByRole('button', { name: 'Answer' }).click();
    await page.getByTestId('timeline').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('trip-status').textContent()).toBe('completed');
    // The progress the page followed live, kept under "How it was planned".
    await page.getByText(/How it was planned \(\d+ steps\)/).click();
    const steps = await page.getByTestId('progress').locator('li').allTextContents();
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.some((s) => /completed/.test(s))).toBe(true);
  }, 90_000);

  it('shows the plan as a timeline, a cost chart and a route map', async () => {
    const trip = await api<{ plan: Plan }>(`/v1/trips/${tripId}`);
    // The top of the page as a person first sees it (the README's screenshot).
    await page.getByText(/How it was planned/).click();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${ARTIFACTS}overview.png` });
    const days = page.getByTestId('timeline').locator('> li');
    expect(await days.count()).toBe(trip.plan.days.length);
    expect(await page.getByTestId('timeline').textContent()).toContain(trip.plan.stays[0]?.stay.name);
    const chart = page.getByTestId('cost-chart');
    expect(await chart.locator('rect').count()).toBe(4);
    expect(await chart.getAttribute('aria-label')).toContain('budget');
    const map = page.getByTestId('route-map');
    await map.waitFor(); // drawn once the places (coordinates) have arrived
    // One line per leg, one labelled dot per city, all from coordinates (no tiles).
    expect(await map.locator('path.map-leg').count()).toBe(trip.plan.legs.length);
    expect(await map.locator('text', { hasText: 'Nashville' }).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}trip-desktop.png`, fullPage: true });
    await page.getByTestId('timeline').screenshot({ path: `${ARTIFACTS}timeline.png` });
    await chart.screenshot({ path: `${ARTIFACTS}cost.png` });
    await map.screenshot({ path: `${ARTIFACTS}map.png` });
    await expectAccessible('plan at desktop width');
    await page.setViewportSize(PHONE);
    await expectAccessible('plan at 375 px');
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${ARTIFACTS}trip-phone.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
  });

  it('prints the plan alone: no controls, the timeline kept (Print → PDF)', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Add to calendar (.ics)' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByTestId('timeline').isVisible()).toBe(true);
    await page.pdf({ path: `${ARTIFACTS}trip.pdf`, format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the .ics, which parses back with the plan’s dates, zones and one event per item', async () => {
    const trip = await api<{ plan: Plan }>(`/v1/trips/${tripId}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`trip-${tripId}.ics`);
    const ics = await readFile(await download.path(), 'utf8');
    const root = new ICAL.Component(ICAL.parse(ics));
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const { plan } = trip;
    const meals = plan.days.reduce((n, d) => n + [d.breakfast, d.lunch, d.dinner].filter(Boolean).length, 0);
    const sights = plan.days.reduce((n, d) => n + d.sights.length, 0);
    expect(events).toHaveLength(plan.legs.length + plan.stays.length + meals + sights);
    const zones = new Set(events.map((e) => e.component.getFirstProperty('dtstart')?.getParameter('tzid')));
    expect(zones).toEqual(new Set(['America/Chicago']));
    expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([
      'America/Chicago',
    ]);
    const dates = new Set(plan.days.map((d) => d.date));
    for (const event of events.filter((e) => !e.summary.startsWith('Stay'))) {
      expect(dates).toContain(event.startDate.toString().slice(0, 10));
    }
  });

  it('cancels a trip that waits for an answer', async () => {
    await page.goto(`${service.url}/#/`);
    await page.getByLabel('Describe your trip').fill('a trip to Denver for 3 people');
    await page.getByRole('button', { name: 'Plan it' }).click();
    await page.getByLabel('Your answer').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel trip' }).click();
    await expect.poll(() => page.getByTestId('trip-status').textContent()).toBe('cancelled');
    await page.goto(`${service.url}/#/`);
    // The trips list shows both trips with their status, newest first.
    const statuses = page.getByTestId('trips').locator('tbody tr td:nth-child(2)');
    await expect.poll(() => statuses.allTextContents()).toEqual(['cancelled', 'completed']);
    // Under each request, what became of it: the completed trip's plan in one line.
    const headlines = page.getByTestId('trips').locator('.trip-headline');
    expect(await headlines.allTextContents()).toEqual([
      expect.stringMatching(/^3-day trip for 2 travellers/),
    ]);
    await expectAccessible('trips list');
  });

  it('sets the tenant’s webhook: URL, events, a secret shown once and rotated', async () => {
    const port = (receiver.address() as { port: number }).port;
    await page.goto(`${service.url}/#/webhook`);
    await page.getByLabel('Receiver URL (https)').fill(`http://127.0.0.1:${port}/hooks/trips`);
    await page.getByRole('button', { name: 'Save webhook' }).click();
    const secret = page.getByTestId('webhook-secret');
    const first = await secret.textContent();
    expect(first).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await expect.poll(() => secret.textContent()).not.toBe(first);
    await expectAccessible('webhook settings');
    await page.goto(`${service.url}/#/trips/${tripId}`);
    await page.getByTestId('timeline').waitFor();
  });

  it('after a world change and "check now", shows version 2 and what changed', async () => {
    const delivered = new Promise<void>((resolve) => {
      onDelivery = resolve;
    });
    const { plan } = await api<{ plan: Plan }>(`/v1/trips/${tripId}`);
    const booking = plan.stays[0];
    if (!booking) throw new Error('the plan has no stay');
    await createRedisWorldTimeline({ redis, prefix }).inject({
      kind: 'stay-sold-out',
      city: booking.city,
      stayName: booking.stay.name,
    });
    await page.getByRole('button', { name: 'Check now' }).click();
    const versions = page.getByTestId('versions');
    await versions.getByText('Version 2', { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'What changed in version 2' }).click();
    const diff = page.getByTestId('version-diff');
    await diff.waitFor();
    expect(await diff.locator('.diff-sentence').textContent()).toContain(booking.stay.name);
    expect(await diff.locator('table').textContent()).toContain(`Stay in ${booking.city}`);
    await expect
      .poll(() => page.getByTestId('watch-state').textContent(), { timeout: 10_000 })
      .toContain('replanned');
    await diff.screenshot({ path: `${ARTIFACTS}diff.png` });
    await expectAccessible('versions and diff');
    // The repair went to the webhook, signed, and shows in the delivery history.
    await delivered;
    expect(JSON.parse(deliveries[0]?.body ?? '{}')).toMatchObject({ event: 'replanned', tripId });
    expect(deliveries[0]?.headers['webhook-signature']).toMatch(/^v1,/);
    await page.goto(`${service.url}/#/webhook`);
    await page.getByRole('cell', { name: 'replanned' }).waitFor();
  }, 90_000);

  it('changes the watch’s schedule and threshold, then stops it', async () => {
    await page.goto(`${service.url}/#/trips/${tripId}`);
    await page.getByLabel('Check every (minutes)').fill('120');
    await page.getByLabel('Price change that triggers a repair (%)').fill('25');
    await page.getByRole('button', { name: 'Save watch' }).click();
    await page.getByText('Watch settings saved.').waitFor();
    const { watch } = await api<{ watch: { settings: { everyMinutes?: number; priceChangePct: number } } }>(
      `/v1/trips/${tripId}/watch`,
    );
    expect(watch.settings).toMatchObject({ everyMinutes: 120, priceChangePct: 25 });
    await page.getByRole('button', { name: 'Stop watching' }).click();
    await expect.poll(() => page.getByTestId('watch-state').textContent()).toContain('Ended (stopped)');
  });

  it('offers places that fit a request naming none, and plans the one clicked', async () => {
    await page.goto(`${service.url}/#/`);
    await page
      .getByLabel('Describe your trip')
      .fill('somewhere warm with beaches for a week from February 6 2027, from Chicago, 2 of us, $3,000');
    await page.getByRole('button', { name: 'Plan it' }).click();
    const ideas = page.getByRole('list', { name: 'Places that fit' });
    await ideas.waitFor({ timeout: 30_000 });
    expect(await ideas.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await ideas.textContent()).toMatch(/about \d+\u00b0C in early February, \d+ beaches/);
    await expectAccessible('question with ideas');
    const first = ideas.getByRole('button').first();
    const city = ((await first.textContent()) ?? '').replace(/^Plan /, '');
    await first.click();
    await page.getByTestId('timeline').waitFor({ timeout: 60_000 });
    const id = /#\/trips\/(trp_\w+)/.exec(page.url())?.[1] ?? '';
    const trip = await api<{ plan: Plan }>(`/v1/trips/${id}`);
    expect(trip.plan.spec.destination).toEqual({ kind: 'city', city });
  }, 90_000);

  it('signs out, forgetting the key', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate('[sessionStorage.length, localStorage.length]')).toEqual([0, 0]);
  });
});

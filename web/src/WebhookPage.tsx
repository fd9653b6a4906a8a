import { type FormEvent, useEffect, useState } from 'react';
import { type Api, type Deliveries, unwrap, type WebhookView } from './api/client';
import { when } from './format';

const EVENTS = ['replanned', 'needs_attention', 'watch_ended'] as const;
type WebhookEvent = (typeof EVENTS)[number];

/** The tenant's webhook: URL, events, secret rotation (shown once) and the delivery history. */
export function WebhookPage({ api }: { api: Api }) {
  const [hook, setHook] = useState<WebhookView | null>(null);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([...EVENTS]);
  const [secret, setSecret] = useState<string | null>(null);
  const [deliveries, setDeliveries] = useState<Deliveries['deliveries'] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function load() {
    const current = await api.GET('/v1/webhook');
    if (current.response.status === 404) setHook(null);
    else {
      const view = unwrap(current);
      setHook(view);
      setUrl(view.url);
      setEvents(view.events);
    }
    const history = await api.GET('/v1/webhook/deliveries', { params: { query: { limit: 20 } } });
    setDeliveries(history.response.ok ? unwrap(history).deliveries : []);
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once.
  useEffect(() => {
    load().catch((e: Error) => setMessage(e.message));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const saved = unwrap(await api.PUT('/v1/webhook', { body: { url, events } }));
      setSecret(saved.secret);
      setMessage('Webhook saved. Copy the signing secret now: it is not shown again.');
      await load();
    } catch (e) {
      setMessage((e as Error).message);
    }
  }

  async function rotate() {
    try {
      const rotated = unwrap(await api.POST('/v1/webhook/rotate-secret'));
      setSecret(rotated.secret);
      setMessage('New secret: the old one stopped working.');
    } catch (e) {
      setMessage((e as Error).message);
    }
  }

  async function remove() {
    await api.DELETE('/v1/webhook');
    setSecret(null);
    setMessage('Webhook removed.');
    await load();
  }

  return (
    <main id="main" tabIndex={-1} className="page">
      <h1>Webhook</h1>
      <p>
        When a watched trip is repaired, needs attention or stops being watched, we POST it to this URL,
        signed (Standard Webhooks).
      </p>
      <section className="card" aria-labelledby="hook-title">
        <h2 id="hook-title">Settings</h2>
        {hook?.disabledAt ? (
          <p role="alert">
            Disabled {when(hook.disabledAt)}: {hook.disabledReason}. Save to resume.
          </p>
        ) : null}
        <form onSubmit={save}>
          <label>
            Receiver URL (https)
            <input
              type="url"
              required
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://example.com/hooks/trips"
            />
          </label>
          <fieldset>
            <legend>Events</legend>
            {EVENTS.map((name) => (
              <label key={name} className="check">
                <input
                  type="checkbox"
                  checked={events.includes(name)}
                  onChange={(e) =>
                    setEvents(e.target.checked ? [...events, name] : events.filter((x) => x !== name))
                  }
                />{' '}
                {name}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit">Save webhook</button>
            <button type="button" className="secondary" onClick={() => void rotate()} disabled={!hook}>
              Rotate secret
            </button>
            <button type="button" className="secondary" onClick={() => void remove()} disabled={!hook}>
              Remove
            </button>
          </div>
        </form>
        {secret ? (
          <p>
            Signing secret: <code data-testid="webhook-secret">{secret}</code>
          </p>
        ) : null}
        <p role="status" aria-live="polite">
          {message}
        </p>
      </section>
      <section className="card" aria-labelledby="deliveries-title">
        <h2 id="deliveries-title">Deliveries</h2>
        {deliveries === null || deliveries.length === 0 ? (
          <p>No deliveries yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Trip</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.deliveryId}>
                  <td>{d.event}</td>
                  <td>
                    <a href={`#/trips/${d.tripId}`}>{d.tripId}</a>
                  </td>
                  <td>{d.status}</td>
                  <td>
                    {d.attempts.map((a) => `${when(a.at)}: ${a.statusCode ?? a.error ?? '—'}`).join('; ') ||
                      '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}

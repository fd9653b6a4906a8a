import { type FormEvent, useEffect, useState } from 'react';
import { type Api, type TripSummary, unwrap } from './api/client';
import { when } from './format';

const EXAMPLES = [
  '3 days from Chicago to Nashville, June 4-6 2027, 2 people, budget $2,500',
  '5 days from Seattle to 2 cities in California, March 3-7 2027, 2 people, budget $4,000, we bring our dog, no flights',
  'a week from Indianapolis through three cities in Colorado for five of us, from May 10 2027, $15,100, we love Mexican food',
  'a trip to Nashville for 2 people',
];

/** A request box with examples, and the tenant's trips with their status. */
export function HomePage({ api, onOpen }: { api: Api; onOpen: (id: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [trips, setTrips] = useState<TripSummary[] | null>(null);

  useEffect(() => {
    api
      .GET('/v1/trips', { params: { query: { limit: 20 } } })
      .then(unwrap)
      .then((page) => setTrips(page.trips))
      .catch((e: Error) => setError(e.message));
  }, [api]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const accepted = unwrap(
        await api.POST('/v1/trips', {
          body: { text },
          // One key per click: a retried request never makes a second trip.
          params: { header: { 'idempotency-key': crypto.randomUUID() } },
        }),
      );
      onOpen(accepted.id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} className="page">
      <h1>Plan a trip</h1>
      <form onSubmit={submit} className="card">
        <label htmlFor="request">Describe your trip</label>
        <textarea
          id="request"
          rows={4}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Where from, where to, when, how many of you, budget, and anything that matters"
        />
        <fieldset className="examples">
          <legend className="muted">Try an example:</legend>
          {EXAMPLES.map((example) => (
            <button key={example} type="button" className="chip" onClick={() => setText(example)}>
              {example}
            </button>
          ))}
        </fieldset>
        {error ? <p role="alert">{error}</p> : null}
        <button type="submit" disabled={busy || text.trim() === ''}>
          {busy ? 'Sending…' : 'Plan it'}
        </button>
      </form>
      <section aria-labelledby="trips-title" className="card">
        <h2 id="trips-title">Your trips</h2>
        {trips === null ? (
          <p>Loading…</p>
        ) : trips.length === 0 ? (
          <p>No trips yet.</p>
        ) : (
          <table data-testid="trips">
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {trips.map((trip) => (
                <tr key={trip.id}>
                  <td>
                    <a href={`#/trips/${trip.id}`}>{trip.request.text ?? trip.id}</a>
                    {trip.headline && <p className="trip-headline">{trip.headline}</p>}
                  </td>
                  <td>
                    <span className={`status status-${trip.status}`}>{trip.status.replace('_', ' ')}</span>
                  </td>
                  <td>{when(trip.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </main>
  );
}
